CREATE TABLE `log_nodes` (
	`level` integer NOT NULL,
	`idx` integer NOT NULL,
	`hash` text NOT NULL,
	PRIMARY KEY(`level`, `idx`)
);
