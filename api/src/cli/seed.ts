import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import type { Role } from '@vigil/shared/schemas/common';
import type { Db } from '../db/client.ts';
import { accessTokens } from '../db/schema/access-tokens.ts';
import { meta } from '../db/schema/meta.ts';
import { createUser, findUserByEmail, issueAccessToken } from '../lib/accounts.ts';
import type { AppDeps } from '../lib/context.ts';
import { openRuntime } from '../runtime.ts';
import { command, parse, UsageError } from './command.ts';
import { seedDemoReplies } from '../replies/demo.ts';
import { seedDemoRules } from '../rules/demo-seeder.ts';
import { seedDemoMonitoring } from '../monitoring/demo.ts';
import { seedDemoAdapterHealth } from '../monitoring/adapter-demo.ts';
import { seedDemoEvidence } from '../evidence/demo.ts';

export interface SeedContext {
  db: Db;
  deps: AppDeps;
  now: Date;
  log: (line: string) => void;
}
/** A demo seeder must be idempotent: it runs on every `seed --demo` and must leave existing data alone. */
export type DemoSeeder = (ctx: SeedContext) => Promise<void>;

/**
 * The ordered registry of demo seeders other issues add to (the demo brand and rule pack, replies …): one import
 * and one entry here. They run after the demo users exist, in this order.
 */
export const demoSeeders: DemoSeeder[] = [seedDemoRules, seedDemoReplies, seedDemoMonitoring, seedDemoAdapterHealth, seedDemoEvidence];

/** One demo account per role; fixed passwords so the README, `npm start` and the e2e tests can use them. */
export const DEMO_USERS: { name: string; email: string; password: string; role: Role }[] = [
  { name: '张敏', email: 'staff@demo.vigil.local', password: 'vigil-staff-demo', role: 'staff' },
  { name: '王芳', email: 'pr@demo.vigil.local', password: 'vigil-pr-demo', role: 'pr_lead' },
  { name: '李律', email: 'legal@demo.vigil.local', password: 'vigil-legal-demo', role: 'legal' },
  { name: '管理员', email: 'admin@demo.vigil.local', password: 'vigil-admin-demo', role: 'admin' },
];
const DEMO_TOKEN_NAME = '演示令牌 / demo token';
const SEEDED_KEY = 'demo.seeded';

export interface DemoCredentials {
  users: { name: string; email: string; password: string; role: Role }[];
  token: string;
}

function writeCredentials(path: string, creds: DemoCredentials): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(creds, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/**
 * Seeds the demo once per database: one user per role, a personal access token for the staff user, and the
 * credentials file (0600). Later runs change nothing, except that a lost credentials file is rewritten with a
 * fresh demo token (the old one cannot be recovered: only its hash is stored).
 */
export async function seedDemo(deps: AppDeps, credentialsPath: string, log: (line: string) => void = () => {}): Promise<'seeded' | 'unchanged' | 'token-renewed'> {
  const { db, clock, keys } = deps;
  const now = clock.now();
  const seeded = await db.query.meta.findFirst({ where: eq(meta.key, SEEDED_KEY) });
  let outcome: 'seeded' | 'unchanged' | 'token-renewed' = 'unchanged';
  if (!seeded || !existsSync(credentialsPath)) {
    for (const u of DEMO_USERS) {
      if (!(await findUserByEmail(db, u.email))) await createUser(db, u, { now });
    }
    const staff = await findUserByEmail(db, DEMO_USERS[0]!.email);
    if (!staff) throw new Error('demo staff user missing after seeding');
    // Earlier demo tokens of this database are unrecoverable (hashed); revoke them so one demo token is live.
    await db
      .update(accessTokens)
      .set({ revokedAt: now })
      .where(and(eq(accessTokens.userId, staff.id), eq(accessTokens.name, DEMO_TOKEN_NAME), isNull(accessTokens.revokedAt)));
    const { token } = await issueAccessToken(db, keys.pepper, { userId: staff.id, name: DEMO_TOKEN_NAME }, { now });
    writeCredentials(credentialsPath, { users: DEMO_USERS, token });
    await db.insert(meta).values({ key: SEEDED_KEY, value: now.toISOString() }).onConflictDoNothing();
    outcome = seeded ? 'token-renewed' : 'seeded';
  }
  for (const seeder of demoSeeders) await seeder({ db, deps, now, log });
  return outcome;
}

export const seedCommand = command(
  { name: 'seed', usage: 'seed --demo', summary: 'demo users (one per role), a demo token and demo data; idempotent' },
  async (args) => {
    const { values } = parse(args, { demo: { type: 'boolean' } });
    if (!values.demo) throw new UsageError('only demo seeding exists: pass --demo');
    const { db, deps } = await openRuntime();
    const path = resolve('data', 'demo-credentials.json');
    try {
      const outcome = await seedDemo(deps, path, (line) => console.log(line));
      const said = {
        seeded: '演示数据已创建 / demo data seeded',
        unchanged: '演示数据已存在，未作改动 / demo data already present, nothing changed',
        'token-renewed': '凭据文件丢失，已签发新的演示令牌 / credentials file was missing: issued a new demo token',
      }[outcome];
      // Passwords and the token stay in the 0600 file; they are never printed by this command.
      console.log(`${said}\ndemo logins and token: ${path}`);
      return 0;
    } finally {
      db.$client.close();
    }
  },
);
