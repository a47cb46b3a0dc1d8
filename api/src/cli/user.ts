import { Role } from '@vigil/shared/schemas/common';
import { z } from 'zod';
import { createUser } from '../lib/accounts.ts';
import { ApiError } from '../lib/errors.ts';
import { generatePassword, PASSWORD_MIN_LENGTH } from '../lib/password.ts';
import { openRuntime } from '../runtime.ts';
import { command, parse, UsageError } from './command.ts';

const Email = z.string().trim().toLowerCase().email();

export const userCommand = command(
  {
    name: 'user',
    usage: 'user add --name NAME --email EMAIL --role staff|pr_lead|legal|admin [--password P]',
    summary: 'create a user (prints a generated password when none is given)',
  },
  async (args) => {
    const { values, positionals } = parse(
      args,
      { name: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
      true,
    );
    if (positionals.length !== 1 || positionals[0] !== 'add') throw new UsageError('expected: user add …');
    if (!values.name?.trim()) throw new UsageError('--name is required');
    const email = Email.safeParse(values.email ?? '');
    if (!email.success) throw new UsageError(`--email is missing or not an email address: ${values.email ?? ''}`);
    const role = Role.safeParse(values.role);
    if (!role.success) throw new UsageError(`--role must be one of ${Role.options.join(', ')} (got: ${values.role ?? 'nothing'})`);
    if (values.password !== undefined && values.password.length < PASSWORD_MIN_LENGTH) {
      throw new UsageError(`--password must have at least ${PASSWORD_MIN_LENGTH} characters`);
    }
    const password = values.password ?? generatePassword();
    const { db, deps } = await openRuntime();
    try {
      const user = await createUser(db, { name: values.name, email: email.data, role: role.data, password }, { now: deps.clock.now() });
      console.log(`用户已创建 / user created: ${user.email} (${user.role}) id=${user.id}`);
      // The admin asked for a generated password: this is the only time it can be shown.
      if (values.password === undefined) console.log(`password: ${password}`);
      return 0;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'email_taken') {
        console.error(err.message);
        return 1;
      }
      throw err;
    } finally {
      db.$client.close();
    }
  },
);
