CREATE TABLE `adapter_health` (
	`hour` text NOT NULL,
	`site` text NOT NULL,
	`field` text NOT NULL,
	`reported_by` text NOT NULL,
	`platform` text NOT NULL,
	`primary` integer DEFAULT 0 NOT NULL,
	`fallback` integer DEFAULT 0 NOT NULL,
	`missing` integer DEFAULT 0 NOT NULL,
	`pages` integer DEFAULT 0 NOT NULL,
	`units` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`hour`, `site`, `field`, `reported_by`)
);
--> statement-breakpoint
CREATE INDEX `adapter_health_hour_idx` ON `adapter_health` (`hour`);--> statement-breakpoint
CREATE TABLE `adapter_alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`site` text NOT NULL,
	`platform` text NOT NULL,
	`field` text NOT NULL,
	`hour` text NOT NULL,
	`recent_rate` real NOT NULL,
	`baseline_rate` real NOT NULL,
	`samples` integer NOT NULL,
	`reporters` integer NOT NULL,
	`explanation` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `adapter_alerts_field_hour_uq` ON `adapter_alerts` (`site`,`field`,`hour`);