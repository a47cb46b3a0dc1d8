ALTER TABLE `reply_versions` ADD `admits_liability` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `reply_brand_settings` ADD `require_four_eyes` integer DEFAULT true NOT NULL;