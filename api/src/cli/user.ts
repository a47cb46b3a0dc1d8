import { asc, eq } from 'drizzle-orm';
import { Role } from '@vigil/shared/schemas/common';
import { z } from 'zod';
import { sessions } from '../db/schema/sessions.ts';
import { users } from '../db/schema/users.ts';
import { auditInsert, type AuditEntry } from '../lib/audit.ts';
import { createUser, findUserByEmail, revokeTokensOf, type UserRow } from '../lib/accounts.ts';
import { ApiError } from '../lib/errors.ts';
import { generatePassword, hashPassword, PASSWORD_MIN_LENGTH } from '../lib/password.ts';
import { openRuntime } from '../runtime.ts';
import { command, parse, UsageError } from './command.ts';

const Email = z.string().trim().toLowerCase().email();
const options = {
  name: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  disable: { type: 'boolean' },
  enable: { type: 'boolean' },
} as const;

function checkedRole(value: string | undefined): Role {
  const role = Role.safeParse(value);
  if (!role.success) throw new UsageError(`--role must be one of ${Role.options.join(', ')} (got: ${value ?? 'nothing'})`);
  return role.data;
}
function checkedPassword(value: string | undefined): void {
  if (value !== undefined && value.length < PASSWORD_MIN_LENGTH) throw new UsageError(`--password must have at least ${PASSWORD_MIN_LENGTH} characters`);
}

export const userCommand = command(
  {
    name: 'user',
    usage:
      'user add --name N --email E --role staff|pr_lead|legal|admin [--password P] | user list | ' +
      'user set --email E [--role R] [--password P] [--disable|--enable]',
    summary: 'create, list or change users (add prints a generated password when none is given)',
  },
  async (args) => {
    const { values, positionals } = parse(args, options, true);
    const [sub, ...extra] = positionals;
    if (extra.length > 0 || !sub || !['add', 'list', 'set'].includes(sub)) throw new UsageError('expected: user add | user list | user set');
    if (sub === 'add') {
      if (!values.name?.trim()) throw new UsageError('--name is required');
      if (!Email.safeParse(values.email ?? '').success) throw new UsageError(`--email is missing or not an email address: ${values.email ?? ''}`);
      checkedRole(values.role);
      checkedPassword(values.password);
    }
    if (sub === 'set') {
      if (!values.email) throw new UsageError('--email is required');
      if (values.role !== undefined) checkedRole(values.role);
      checkedPassword(values.password);
      if (values.disable && values.enable) throw new UsageError('--disable and --enable exclude each other');
    }
    const { db, deps } = await openRuntime();
    try {
      const now = deps.clock.now();
      if (sub === 'list') {
        for (const u of await db.select().from(users).orderBy(asc(users.createdAt))) {
          console.log([u.email.padEnd(32), u.role.padEnd(8), u.disabledAt ? 'disabled' : 'active  ', u.name].join(' '));
        }
        return 0;
      }
      if (sub === 'add') {
        const password = values.password ?? generatePassword();
        const user = await createUser(db, { name: values.name!, email: values.email!, role: checkedRole(values.role), password }, { now });
        console.log(`用户已创建 / user created: ${user.email} (${user.role}) id=${user.id}`);
        // The admin asked for a generated password: this is the only time it can be shown.
        if (values.password === undefined) console.log(`password: ${password}`);
        return 0;
      }
      const user = await findUserByEmail(db, values.email!);
      if (!user) {
        console.error(`没有该用户 / no user with email ${values.email}`);
        return 1;
      }
      const next: Partial<UserRow> = {};
      const events: AuditEntry[] = [];
      const base = { at: now, actorId: null, subject: `user:${user.id}`, detail: { via: 'cli' } };
      if (values.role !== undefined && values.role !== user.role) {
        next.role = checkedRole(values.role);
        events.push({ ...base, action: 'user.role_changed', detail: { via: 'cli', from: user.role, to: next.role } });
      }
      if (values.password !== undefined) {
        next.passwordHash = await hashPassword(values.password);
        events.push({ ...base, action: 'user.password_reset' });
      }
      if (values.disable && !user.disabledAt) {
        next.disabledAt = now;
        events.push({ ...base, action: 'user.disabled' });
      }
      if (values.enable && user.disabledAt) {
        next.disabledAt = null;
        events.push({ ...base, action: 'user.enabled' });
      }
      if (events.length > 0) {
        await db.batch([
          db.update(users).set(next).where(eq(users.id, user.id)),
          ...(next.disabledAt || next.passwordHash ? [db.delete(sessions).where(eq(sessions.userId, user.id)), revokeTokensOf(db, user.id, now)] : []),
          ...events.map((e) => auditInsert(db, e)),
        ]);
      }
      console.log(`用户已更新 / user updated: ${user.email} (${next.role ?? user.role})${events.length === 0 ? ' — nothing to change' : ''}`);
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
