DROP INDEX `report_archive_period_idx`;--> statement-breakpoint
ALTER TABLE `report_archive` ADD `brand` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `report_archive_period_brand_idx` ON `report_archive` (`kind`,`period_date`,`brand`);