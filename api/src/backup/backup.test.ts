import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { migrateDb, openDb } from '../db/client.ts';
import { createUser, issueAccessToken } from '../lib/accounts.ts';
import { newLogKey } from '../runtime.ts';
import { testApp } from '../test-support/app.ts';
import { testDbKind } from '../test-support/db.ts';
import { sqldUrl } from '../test-support/sqld.ts';
import { loginSession, userWithToken } from '../test-support/users.ts';
import { decodeValue, encodeValue } from './codec.ts';
import { writeFileBackup, writeLogicalBackup } from './export.ts';
import { restoreDatabase, RestoreRefused } from './restore.ts';

/** The database the restore goes into: the same sqld server (replacing its data), or a new embedded file. */
function restoreTarget(dir: string) {
  return testDbKind() === 'sqld' ? { url: sqldUrl(), replacesSource: true } : { url: `file:${join(dir, 'restored.db')}`, replacesSource: false };
}

async function populated() {
  const t = await testApp();
  await createUser(t.db, { name: '王芳', email: 'wang@example.com', role: 'pr_lead', password: 'correct horse' }, { now: t.clock.now() });
  const staff = await userWithToken(t.deps, 'staff', { name: '张敏 "quoted" 🙂' });
  return { ...t, staff };
}

describe('backup and restore on this database kind (logical JSON Lines, the format for sqld and Turso; and VACUUM INTO copies)', () => {
  test('round trip: every row comes back, checks pass, and the restored accounts still sign in', async () => {
    const { db, deps, staff } = await populated();
    // A full 1 MiB evidence chunk: blobs travel base64-encoded in one JSON line and must come back byte for byte.
    const chunk = randomBytes(1024 * 1024);
    const digest = createHash('sha256').update(chunk).digest('hex');
    await db.$client.execute({ sql: 'insert into artefact_chunks (sha256, seq, data) values (?, 0, ?)', args: [digest, chunk] });
    const dir = mkdtempSync(join(tmpdir(), 'vigil-backup-'));
    const file = join(dir, 'vigil.jsonl');
    const header = await writeLogicalBackup(db.$client, file, 'test', new Date());
    expect(header.tables.find((t) => t.name === 'users')?.rows).toBe(2);
    expect(readFileSync(file, 'utf8')).not.toContain(staff.token);

    const target = restoreTarget(dir);
    if (target.replacesSource) {
      await expect(restoreDatabase(file, target, false)).rejects.toThrow(RestoreRefused);
    }
    const result = await restoreDatabase(file, target, target.replacesSource);
    expect(result.kind).toBe('logical');
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.checks.map((c) => c.name)).toEqual(['migrations', 'integrity', 'foreign-keys', 'row-counts']);

    const restored = await testApp({ db: openDb({ url: target.url }), keys: deps.keys });
    const me = await restored.app.request('/api/me', { headers: staff.headers });
    expect(await me.json()).toMatchObject({ user: { name: '张敏 "quoted" 🙂', role: 'staff' }, via: 'token' });
    await loginSession(restored.app, 'wang@example.com', 'correct horse');
    const back = await restored.db.$client.execute({ sql: 'select data from artefact_chunks where sha256 = ?', args: [digest] });
    expect(createHash('sha256').update(new Uint8Array(back.rows[0]!.data as ArrayBuffer)).digest('hex')).toBe(digest);
    restored.db.$client.close();
  });

  test('a non-empty target is refused without --force; a backup whose header disagrees fails the row-count check', async () => {
    const { db } = await populated();
    const dir = mkdtempSync(join(tmpdir(), 'vigil-backup-'));
    const file = join(dir, 'vigil.jsonl');
    await writeLogicalBackup(db.$client, file, 'test', new Date());
    const target = restoreTarget(dir);
    await restoreDatabase(file, target, target.replacesSource);
    await expect(restoreDatabase(file, target, false)).rejects.toThrow(/非空.*--force/);

    const [head, ...rows] = readFileSync(file, 'utf8').split('\n');
    const tampered = join(dir, 'tampered.jsonl');
    writeFileSync(tampered, [head!.replace(/("name":"users".*?"rows":)2/, '$13'), ...rows].join('\n'));
    const result = await restoreDatabase(tampered, target, true);
    expect(result.checks.find((c) => c.name === 'row-counts')).toMatchObject({ ok: false, detail: expect.stringContaining('users: 2 ≠ 3') });
  });

  test('a VACUUM INTO copy of an embedded database restores here too (into sqld: row by row)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-backup-'));
    const source = openDb({ url: `file:${join(dir, 'source.db')}` });
    await migrateDb(source);
    const keys = { pepper: randomBytes(32), logKey: newLogKey() };
    const user = await createUser(source, { name: '赵', email: 'zhao@example.com', role: 'legal' }, { now: new Date() });
    const { token } = await issueAccessToken(source, keys.pepper, { userId: user.id, name: 'laptop' }, { now: new Date() });
    const file = join(dir, 'copy.db');
    await writeFileBackup(source.$client, file);
    source.$client.close();

    const target = restoreTarget(dir);
    const result = await restoreDatabase(file, target, target.replacesSource);
    expect(result.kind).toBe('sqlite');
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    const restored = await testApp({ db: openDb({ url: target.url }), keys });
    const me = await restored.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ user: { email: 'zhao@example.com', role: 'legal' } });
    restored.db.$client.close();
  });

  test('values keep their type: big integers, blobs, text and null', () => {
    const values = [null, 'text 文本', 42n, 2n ** 62n, 1.5, new Uint8Array([0, 255, 7]).buffer];
    const back = values.map((v) => decodeValue(JSON.parse(JSON.stringify(encodeValue(v)))));
    expect(back.slice(0, 3)).toEqual([null, 'text 文本', 42]);
    expect(back[3]).toBe(2n ** 62n);
    expect(back[4]).toBe(1.5);
    expect([...(back[5] as Uint8Array)]).toEqual([0, 255, 7]);
  });
});
