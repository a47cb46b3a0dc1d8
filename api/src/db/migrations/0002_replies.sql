CREATE TABLE `replies` (
	`id` text PRIMARY KEY NOT NULL,
	`brand` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `replies_brand_idx` ON `replies` (`brand`);--> statement-breakpoint
CREATE TABLE `reply_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`reply_id` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`triggers` text NOT NULL,
	`limits` text NOT NULL,
	`tone` text NOT NULL,
	`expires_at` text,
	`owner` text,
	`status` text NOT NULL,
	`legal_signed_off_by` text,
	`legal_signed_off_at` text,
	`approved_at` text,
	`retired_at` text,
	`created_at` text NOT NULL,
	`created_by_id` text NOT NULL,
	`created_by_name` text NOT NULL,
	FOREIGN KEY (`reply_id`) REFERENCES `replies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reply_versions_reply_version_idx` ON `reply_versions` (`reply_id`,`version`);--> statement-breakpoint
CREATE INDEX `reply_versions_status_idx` ON `reply_versions` (`status`);--> statement-breakpoint
CREATE TABLE `reply_transitions` (
	`id` text PRIMARY KEY NOT NULL,
	`reply_id` text NOT NULL,
	`version_id` text NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`actor_email` text NOT NULL,
	`note` text,
	`at` text NOT NULL,
	FOREIGN KEY (`reply_id`) REFERENCES `replies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `reply_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reply_transitions_reply_idx` ON `reply_transitions` (`reply_id`,`at`);--> statement-breakpoint
CREATE TABLE `reply_uses` (
	`id` text PRIMARY KEY NOT NULL,
	`reply_id` text NOT NULL,
	`version_id` text NOT NULL,
	`unit_key` text NOT NULL,
	`platform` text NOT NULL,
	`action` text NOT NULL,
	`permalink` text,
	`final_text` text NOT NULL,
	`user_id` text NOT NULL,
	`user_name` text NOT NULL,
	`user_email` text NOT NULL,
	`used_at` text NOT NULL,
	`received_at` text NOT NULL,
	FOREIGN KEY (`reply_id`) REFERENCES `replies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `reply_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reply_uses_reply_idx` ON `reply_uses` (`reply_id`,`used_at`);--> statement-breakpoint
CREATE INDEX `reply_uses_version_idx` ON `reply_uses` (`version_id`);--> statement-breakpoint
CREATE TABLE `reply_brand_settings` (
	`brand` text PRIMARY KEY NOT NULL,
	`require_legal_signoff` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_id` text NOT NULL
);
