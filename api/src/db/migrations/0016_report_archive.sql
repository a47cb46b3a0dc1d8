CREATE TABLE `report_archive` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`period_date` text NOT NULL,
	`label` text NOT NULL,
	`report` text NOT NULL,
	`generated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_archive_period_idx` ON `report_archive` (`kind`,`period_date`);