import { openRuntime } from '../runtime.ts';
import { command, parse } from './command.ts';

export const migrateCommand = command(
  { name: 'migrate', usage: 'migrate', summary: 'apply database migrations' },
  async (args) => {
    parse(args, {});
    const { db, deps } = await openRuntime();
    console.log(`migrations applied: ${deps.config.databaseLabel}`);
    db.$client.close();
    return 0;
  },
);
