import { issueAccessToken, findUserByEmail } from '../lib/accounts.ts';
import { openRuntime } from '../runtime.ts';
import { command, parse, UsageError } from './command.ts';

export const tokenCommand = command(
  {
    name: 'token',
    usage: 'token create --email EMAIL [--name NAME]',
    summary: 'create a personal access token for a user; prints only the token',
  },
  async (args) => {
    const { values, positionals } = parse(args, { email: { type: 'string' }, name: { type: 'string' } }, true);
    if (positionals.length !== 1 || positionals[0] !== 'create') throw new UsageError('expected: token create …');
    if (!values.email) throw new UsageError('--email is required');
    const { db, deps } = await openRuntime();
    try {
      const user = await findUserByEmail(db, values.email);
      if (!user) {
        console.error(`没有该用户 / no user with email ${values.email}`);
        return 1;
      }
      if (user.disabledAt) {
        console.error(`该账号已停用 / the account ${user.email} is disabled`);
        return 1;
      }
      const now = deps.clock.now();
      const name = values.name?.trim() || `CLI ${now.toISOString().slice(0, 10)}`;
      const { token } = await issueAccessToken(db, deps.keys.pepper, { userId: user.id, name }, { now });
      // stdout carries the token alone so scripts can capture it: `TOKEN=$(pnpm -s vigil token create --email …)`.
      console.log(token);
      return 0;
    } finally {
      db.$client.close();
    }
  },
);
