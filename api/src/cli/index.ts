import type { Command } from './command.ts';
import { migrateCommand } from './migrate.ts';
import { serveCommand } from './serve.ts';

/** The ordered command registry: adding a command is one file plus one line here. */
export const commands: Command[] = [serveCommand, migrateCommand];
