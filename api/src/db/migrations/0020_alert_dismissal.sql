ALTER TABLE `alerts` ADD `dismissed_at` text;--> statement-breakpoint
ALTER TABLE `alerts` ADD `dismissed_by` text;--> statement-breakpoint
ALTER TABLE `alerts` ADD `dismissed_by_name` text;--> statement-breakpoint
ALTER TABLE `alerts` ADD `dismiss_reason` text;--> statement-breakpoint
ALTER TABLE `alerts` ADD `dismiss_note` text;