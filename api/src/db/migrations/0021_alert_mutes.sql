CREATE TABLE `alert_mutes` (
	`id` text PRIMARY KEY NOT NULL,
	`brand` text NOT NULL,
	`rule` text NOT NULL,
	`scope` text NOT NULL,
	`level` text NOT NULL,
	`alert_id` text NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`until` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`created_by_name` text NOT NULL,
	`lifted_at` text,
	`lifted_by` text,
	`lifted_by_name` text
);
--> statement-breakpoint
CREATE INDEX `alert_mutes_match_idx` ON `alert_mutes` (`brand`,`rule`,`scope`,`until`);--> statement-breakpoint
ALTER TABLE `alerts` ADD `mute_id` text;