CREATE TABLE `mentions` (
	`unit_key` text PRIMARY KEY NOT NULL,
	`platform` text NOT NULL,
	`kind` text NOT NULL,
	`url` text NOT NULL,
	`text` text NOT NULL,
	`author` text,
	`permalink` text,
	`published_at` text,
	`counts` text,
	`brand` text NOT NULL,
	`level` text NOT NULL,
	`sentiment_label` text NOT NULL,
	`sentiment_score` real NOT NULL,
	`reasons` text NOT NULL,
	`terms` text NOT NULL,
	`first_seen_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`reported_by` text NOT NULL,
	`corrected_level` text,
	`not_about_us` integer DEFAULT false NOT NULL,
	`corrected_by` text,
	`corrected_at` text
);
--> statement-breakpoint
CREATE INDEX `mentions_brand_seen_idx` ON `mentions` (`brand`,`last_seen_at`);--> statement-breakpoint
CREATE INDEX `mentions_level_idx` ON `mentions` (`level`);