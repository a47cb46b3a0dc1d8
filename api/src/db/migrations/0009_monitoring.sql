CREATE TABLE `scan_counts` (
	`hour` text NOT NULL,
	`platform` text NOT NULL,
	`reported_by` text NOT NULL,
	`units` integer NOT NULL,
	PRIMARY KEY(`hour`, `platform`, `reported_by`)
);
--> statement-breakpoint
CREATE TABLE `alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`brand` text NOT NULL,
	`rule` text NOT NULL,
	`scope` text NOT NULL,
	`hour` text NOT NULL,
	`level` text NOT NULL,
	`observed` real NOT NULL,
	`baseline` text NOT NULL,
	`score` real NOT NULL,
	`preset` text NOT NULL,
	`explanation` text NOT NULL,
	`top_posts` text NOT NULL,
	`top_terms` text NOT NULL,
	`created_at` text NOT NULL,
	`incident_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_rule_hour_uq` ON `alerts` (`brand`,`rule`,`scope`,`hour`);--> statement-breakpoint
CREATE INDEX `alerts_created_idx` ON `alerts` (`created_at`);--> statement-breakpoint
CREATE TABLE `monitor_leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`until` text NOT NULL,
	`last_done` text
);
--> statement-breakpoint
CREATE TABLE `monitor_settings` (
	`brand` text PRIMARY KEY NOT NULL,
	`settings` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `hot_search_sightings` (
	`id` text PRIMARY KEY NOT NULL,
	`brand` text NOT NULL,
	`platform` text NOT NULL,
	`title` text NOT NULL,
	`rank` integer,
	`heat` integer,
	`url` text,
	`seen_at` text NOT NULL,
	`reported_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `hot_search_brand_idx` ON `hot_search_sightings` (`brand`,`seen_at`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`brand` text NOT NULL,
	`title` text NOT NULL,
	`level` text NOT NULL,
	`status` text NOT NULL,
	`owner_id` text,
	`opened_at` text NOT NULL,
	`detected_at` text,
	`deadlines` text NOT NULL,
	`checklist` text NOT NULL,
	`review` text,
	`closed_at` text,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `incidents_status_idx` ON `incidents` (`status`,`opened_at`);--> statement-breakpoint
CREATE INDEX `incidents_brand_idx` ON `incidents` (`brand`,`opened_at`);--> statement-breakpoint
CREATE TABLE `incident_links` (
	`incident_id` text NOT NULL,
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	`linked_at` text NOT NULL,
	`linked_by` text NOT NULL,
	PRIMARY KEY(`incident_id`, `kind`, `ref`)
);
--> statement-breakpoint
CREATE TABLE `incident_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`incident_id` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`type` text NOT NULL,
	`detail` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `incident_events_incident_idx` ON `incident_events` (`incident_id`,`at`);--> statement-breakpoint
CREATE TABLE `notify_channels` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`url_sealed` text NOT NULL,
	`url_hint` text NOT NULL,
	`secret_sealed` text,
	`min_level` text NOT NULL,
	`quiet_hours` text,
	`cap_per_hour` integer NOT NULL,
	`brand` text,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `notify_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`channel_id` text NOT NULL,
	`subject` text NOT NULL,
	`rule` text NOT NULL,
	`level` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`status` text NOT NULL,
	`due_at` text NOT NULL,
	`held_for` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`created_at` text NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE INDEX `notify_deliveries_due_idx` ON `notify_deliveries` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `notify_deliveries_channel_idx` ON `notify_deliveries` (`channel_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `mentions` ADD `category` text;--> statement-breakpoint
ALTER TABLE `mentions` ADD `risk_terms` text;--> statement-breakpoint
ALTER TABLE `mentions` ADD `reach` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `mentions` ADD `reach_velocity` real;--> statement-breakpoint
CREATE INDEX `mentions_first_seen_idx` ON `mentions` (`first_seen_at`,`brand`,`platform`,`sentiment_label`,`level`,`corrected_level`,`not_about_us`,`category`);