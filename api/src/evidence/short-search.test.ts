import { describe, expect, test } from 'vitest';
import type { Db } from '../db/client.ts';
import type { Auth } from '../lib/context.ts';
import { freshDb } from '../test-support/db.ts';
import { listCaptures } from './queries.ts';
import { gramQuery } from './short-search.ts';

const titles = [
  '某品牌奶粉喝出问题，官方回应召回',
  '飞鹤奶粉质量投诉 - 微博',
  '格力空调售后推诿，网友热议',
  '元气森林汽水被曝异物（附视频）',
  '某品牌致歉声明：召回批次 2026-11',
  'Brand X recall notice',
];
const lead: Auth = { user: { id: 'lead', name: '李经理', email: 'lead@x', role: 'pr_lead' }, via: 'token', credentialId: 't' };

/** Captures straight into the table (the upload path is tested elsewhere); the migration's triggers index them. */
async function withCaptures(list: string[], extra = 0): Promise<Db> {
  const db = await freshDb();
  await db.$client.executeMultiple(`insert into users (id, name, email, role, created_at) values ('u1', '王小明', 'u1@x', 'staff', 0);
    insert into devices (id, user_id, name, public_key_jwk, key_thumbprint, created_at) values ('d1', 'u1', 'd', '{}', 'k', 0);`);
  const all = [...list, ...Array.from({ length: extra }, (_, i) => `常见话题第${i}条：奶茶${i % 2 ? '召回' : '好评'}`)];
  await db.$client.batch(
    all.map((title, i) => ({
      sql: `insert into captures (id, user_id, device_id, kind, url, title, platform, unit_key, started_at, received_at, manifest, manifest_sha256, signature, artefact_count, total_bytes, log_index)
            values (?, 'u1', 'd1', 'unit', ?, ?, 'weibo', ?, '', ?, x'7b7d', ?, 's', 1, 1, ?)`,
      // Received one minute apart, some at the same instant, so ties order by id.
      args: [`c${String(i).padStart(5, '0')}`, `https://weibo.com/u/${i}`, title, `weibo:${i}`, 1_700_000_000_000 + Math.floor(i / 2) * 60_000, `h${i}`, i * 2],
    })),
    'write',
  );
  return db;
}
const ids = async (db: Db, q: string, page = { limit: 50, offset: 0 }) => (await listCaptures(db, lead, { q, ...page })).items.map((c) => c.title);
const like = (q: string, list: string[]) => list.filter((t) => t.toLowerCase().includes(q.toLowerCase())).reverse();

describe('1–2 character capture search (issue 15)', () => {
  test.each(['召回', '奶', '奶粉', '问题', '微博', '异物', '鹤', '火锅', '，召', 'X', 're'])('%s finds what a substring search finds, newest first', async (q) => {
    const db = await withCaptures(titles);
    expect(await ids(db, q)).toEqual(like(q, titles));
  });

  test.each([
    ['召回', '"召回"'],
    ['奶', '"奶"'],
    ['，召', null],
    ['re', null],
    ['a奶', null],
    ['召回了', null],
  ])('%s is answered by the gram index: %s', (q, expected) => {
    expect(gramQuery(q)).toBe(expected);
  });

  test('a common word (over 500 matches) pages the same as a rare one: newest first, ties by id, right total', async () => {
    const db = await withCaptures(titles, 1200);
    const everything = await listCaptures(db, lead, { limit: 200, offset: 0 });
    const expected = everything.items.filter((c) => c.title.includes('召回')).map((c) => c.id);
    const first = await listCaptures(db, lead, { q: '召回', limit: 20, offset: 0 });
    expect(first.total).toBe(602);
    expect(first.items.map((c) => c.id)).toEqual(expected.slice(0, 20));
    const later = await listCaptures(db, lead, { q: '召回', limit: 20, offset: 40 });
    expect(later.items.map((c) => c.id)).toEqual(expected.slice(40, 60));
    expect(later.nextOffset).toBe(60);
    // A filter besides the text takes the general path and still agrees.
    const filtered = await listCaptures(db, lead, { q: '召回', platform: 'weibo', limit: 20, offset: 40 });
    expect(filtered.items.map((c) => c.id)).toEqual(expected.slice(40, 60));
    expect(filtered.total).toBe(602);
  });

  test('editing or deleting a capture row keeps the index in step', async () => {
    const db = await withCaptures(titles);
    await db.$client.execute("update captures set title = '某品牌新品发布' where id = 'c00000'");
    await db.$client.execute("delete from captures where id = 'c00004'");
    expect(await ids(db, '召回')).toEqual([]);
    expect(await ids(db, '新品')).toEqual(['某品牌新品发布']);
  });
});
