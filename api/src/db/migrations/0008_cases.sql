CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`title` text NOT NULL,
	`brand` text,
	`counterparty` text NOT NULL,
	`status` text NOT NULL,
	`resolution` text,
	`assignee_id` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_number_unique` ON `cases` (`number`);--> statement-breakpoint
CREATE INDEX `cases_status_updated_idx` ON `cases` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `cases_updated_idx` ON `cases` (`updated_at`);--> statement-breakpoint
CREATE TABLE `case_captures` (
	`case_id` text NOT NULL,
	`capture_id` text NOT NULL,
	`reason` text,
	`added_by` text NOT NULL,
	`added_at` integer NOT NULL,
	`decision` text DEFAULT 'pending' NOT NULL,
	`decision_reason` text,
	`decided_by` text,
	`decided_at` integer,
	`decision_log_index` integer,
	PRIMARY KEY(`case_id`, `capture_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`capture_id`) REFERENCES `captures`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `case_captures_capture_idx` ON `case_captures` (`capture_id`);--> statement-breakpoint
CREATE TABLE `case_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`author_id` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	`log_index` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `case_notes_case_idx` ON `case_notes` (`case_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` text NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`actor_id` text NOT NULL,
	`capture_id` text,
	`detail` text NOT NULL,
	`log_index` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_events_case_idx` ON `case_events` (`case_id`,`id`);--> statement-breakpoint
CREATE TABLE `case_rechecks` (
	`case_id` text NOT NULL,
	`capture_id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`status` text NOT NULL,
	`message` text,
	`checked_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`capture_id`) REFERENCES `captures`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `case_rechecks_case_idx` ON `case_rechecks` (`case_id`,`url`,`checked_at`);--> statement-breakpoint
-- Notes and the timeline are append-only (issue 10): the database itself refuses to rewrite them.
CREATE TRIGGER `case_notes_append_only` BEFORE UPDATE ON `case_notes` BEGIN
  SELECT RAISE(ABORT, 'case notes are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `case_events_append_only` BEFORE UPDATE ON `case_events` BEGIN
  SELECT RAISE(ABORT, 'the case timeline is append-only');
END;
