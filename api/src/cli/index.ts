import type { Command } from './command.ts';

/**
 * The ordered command registry: adding a command is one file plus one line here. Each command is imported when it
 * is run: importing them all (PDF, charts, DOCX, the sentiment trainer…) cost several seconds at every start of
 * the CLI, which the nine CLI calls of a test or a user's script each paid.
 */
export const commandLoaders: Record<string, () => Promise<Command>> = {
  serve: () => import('./serve.ts').then((m) => m.serveCommand),
  migrate: () => import('./migrate.ts').then((m) => m.migrateCommand),
  seed: () => import('./seed.ts').then((m) => m.seedCommand),
  user: () => import('./user.ts').then((m) => m.userCommand),
  token: () => import('./token.ts').then((m) => m.tokenCommand),
  backup: () => import('./backup.ts').then((m) => m.backupCommand),
  restore: () => import('./restore.ts').then((m) => m.restoreCommand),
  analyze: () => import('./analyze.ts').then((m) => m.analyzeCommand),
  train: () => import('./train.ts').then((m) => m.trainCommand),
  rules: () => import('./rules.ts').then((m) => m.rulesCommand),
  replies: () => import('./replies.ts').then((m) => m.repliesCommand),
  verify: () => import('./verify.ts').then((m) => m.verifyCommand),
  mentions: () => import('./mentions.ts').then((m) => m.mentionsCommand),
  monitor: () => import('./monitor.ts').then((m) => m.monitorCommand),
  report: () => import('./report.ts').then((m) => m.reportCommand),
};

/** Every command, in registry order (for the usage list). */
export const allCommands = () => Promise.all(Object.values(commandLoaders).map((load) => load()));
