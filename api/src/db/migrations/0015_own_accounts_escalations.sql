CREATE TABLE `escalations` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_key` text NOT NULL,
	`brand` text NOT NULL,
	`level` text NOT NULL,
	`platform` text NOT NULL,
	`permalink` text,
	`url` text,
	`author` text,
	`text` text NOT NULL,
	`reasons` text NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`status` text NOT NULL,
	`incident_id` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`handled_at` text,
	`handled_by` text
);
--> statement-breakpoint
CREATE INDEX `escalations_status_idx` ON `escalations` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `escalations_unit_idx` ON `escalations` (`unit_key`,`status`);--> statement-breakpoint
ALTER TABLE `brands` ADD `own_accounts` text DEFAULT '[]' NOT NULL;