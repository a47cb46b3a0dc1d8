CREATE TABLE `devices` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`name` text NOT NULL,
	`public_key_jwk` text NOT NULL,
	`key_thumbprint` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `devices_keyThumbprint_unique` ON `devices` (`key_thumbprint`);--> statement-breakpoint
CREATE INDEX `devices_user_idx` ON `devices` (`user_id`);--> statement-breakpoint
CREATE TABLE `captures` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`device_id` text NOT NULL,
	`kind` text NOT NULL,
	`url` text NOT NULL,
	`title` text NOT NULL,
	`platform` text,
	`unit_key` text,
	`started_at` text NOT NULL,
	`received_at` integer NOT NULL,
	`manifest` blob NOT NULL,
	`manifest_sha256` text NOT NULL,
	`signature` text NOT NULL,
	`artefact_count` integer NOT NULL,
	`total_bytes` integer NOT NULL,
	`log_index` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `captures_manifestSha256_unique` ON `captures` (`manifest_sha256`);--> statement-breakpoint
CREATE INDEX `captures_user_received_idx` ON `captures` (`user_id`,`received_at`);--> statement-breakpoint
CREATE INDEX `captures_received_idx` ON `captures` (`received_at`);--> statement-breakpoint
CREATE INDEX `captures_platform_idx` ON `captures` (`platform`,`received_at`);--> statement-breakpoint
CREATE TABLE `artefacts` (
	`capture_id` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`provenance` text NOT NULL,
	PRIMARY KEY(`capture_id`, `name`),
	FOREIGN KEY (`capture_id`) REFERENCES `captures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `artefacts_sha256_idx` ON `artefacts` (`sha256`);--> statement-breakpoint
CREATE TABLE `artefact_chunks` (
	`sha256` text NOT NULL,
	`seq` integer NOT NULL,
	`data` blob NOT NULL,
	PRIMARY KEY(`sha256`, `seq`)
);
--> statement-breakpoint
CREATE TABLE `log_entries` (
	`idx` integer PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`capture_id` text,
	`event` text,
	`actor_id` text NOT NULL,
	`entry` text NOT NULL,
	`leaf_hash` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `log_entries_capture_idx` ON `log_entries` (`capture_id`,`idx`);--> statement-breakpoint
CREATE TABLE `tree_heads` (
	`size` integer PRIMARY KEY NOT NULL,
	`root_hash` text NOT NULL,
	`timestamp` text NOT NULL,
	`signature` text NOT NULL,
	`frontier` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tsa_tokens` (
	`capture_id` text NOT NULL,
	`tsa_url` text NOT NULL,
	`status` text NOT NULL,
	`token` blob,
	`gen_time` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`capture_id`, `tsa_url`),
	FOREIGN KEY (`capture_id`) REFERENCES `captures`(`id`) ON UPDATE no action ON DELETE cascade
);
