import type { Command } from './command.ts';
import { trainCommand } from './train.ts';
import { analyzeCommand } from './analyze.ts';
import { rulesCommand } from './rules.ts';
import { migrateCommand } from './migrate.ts';
import { serveCommand } from './serve.ts';
import { verifyCommand } from './verify.ts';
import { seedCommand } from './seed.ts';
import { userCommand } from './user.ts';
import { tokenCommand } from './token.ts';
import { backupCommand } from './backup.ts';
import { restoreCommand } from './restore.ts';
import { repliesCommand } from './replies.ts';
import { mentionsCommand } from './mentions.ts';
import { monitorCommand } from './monitor.ts';
import { reportCommand } from './report.ts';

/** The ordered command registry: adding a command is one file plus one line here. */
export const commands: Command[] = [serveCommand, migrateCommand, seedCommand, userCommand, tokenCommand, backupCommand, restoreCommand, analyzeCommand, trainCommand, rulesCommand, repliesCommand, verifyCommand, mentionsCommand, monitorCommand, reportCommand];
