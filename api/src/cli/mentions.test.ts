import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { asc } from 'drizzle-orm';
import { openDb } from '../db/client.ts';
import { mentions } from '../db/schema/mentions.ts';
import { cliWorkspace, runCli } from '../test-support/cli.ts';
import { freshDb } from '../test-support/db.ts';

const report = (over: Record<string, unknown> = {}) => ({
  key: 'weibo:QbX7nA2Ke', platform: 'weibo', kind: 'post', url: 'https://weibo.com/',
  text: '喝了青禾牛奶孩子过敏住院了，我们准备起诉青禾乳业。', author: '宝妈小雨',
  counts: { reposts: 1200, comments: 300, likes: 5000 }, brand: '青禾乳业', level: 'severe',
  sentiment: { label: 'negative', score: 0.97 }, reasons: ['安全风险词「住院」', '法律风险词「起诉」'], terms: ['青禾乳业'],
  seenAt: '2026-11-20T10:00:00+08:00', ...over,
});

describe('vigil mentions import', () => {
  test('JSON Lines keep each sighting time; reposts per hour between sightings; CSV too; a bad line writes nothing', async () => {
    await freshDb();
    const ws = cliWorkspace();
    const jsonl = join(ws.cwd, 'other-tool.jsonl');
    writeFileSync(jsonl, [
      report({ counts: { reposts: 5200, comments: 400, likes: 9000 }, seenAt: '2026-11-20T12:00:00+08:00' }),
      report(),
      report({ key: 'douyin:7311', platform: 'douyin', text: '青禾的客服态度真差', level: 'mild', sentiment: { label: 'negative', score: 0.7 }, reasons: ['服务风险词「态度差」'], counts: undefined, seenAt: '2026-11-21T23:30:00+08:00' }),
    ].map((r) => JSON.stringify(r)).join('\n'));
    const ok = await runCli(['mentions', 'import', jsonl], ws);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('read 3 records: 2 new mentions, 0 updated');

    const csv = join(ws.cwd, 'export.csv');
    writeFileSync(csv, '\uFEFFkey,platform,kind,text,brand,level,sentiment,sentimentScore,reasons,reposts,seenAt\n'
      + '"news:1",news,article,"青禾乳业回应""质量门""",青禾乳业,moderate,negative,0.8,质量风险词「质量门」,,2026-11-21T08:00:00Z\n'
      + 'douyin:7311,douyin,comment,青禾的客服态度真差,青禾乳业,mild,negative,0.7,服务风险词「态度差」,,2026-11-22T09:00:00+08:00\n');
    const fromCsv = await runCli(['mentions', 'import', csv], ws);
    expect(fromCsv.stdout, fromCsv.stderr).toContain('read 2 records: 1 new mentions, 1 updated');

    writeFileSync(jsonl, `${JSON.stringify(report({ key: 'weibo:new' }))}\n{"key":"weibo:bad","level":"awful"}\nnot json\n`);
    const bad = await runCli(['mentions', 'import', jsonl], ws);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('未写入任何数据');
    expect(bad.stderr).toMatch(/第 2 行 \/ line 2: platform/);
    expect(bad.stderr).toMatch(/第 3 行 \/ line 3: 不是 JSON/);

    const db = openDb({ url: ws.env.DATABASE_URL! });
    const rows = await db.select().from(mentions).orderBy(asc(mentions.unitKey));
    db.$client.close();
    expect(rows.map((r) => r.unitKey)).toEqual(['douyin:7311', 'news:1', 'weibo:QbX7nA2Ke']);
    const [douyin, news, weibo] = rows;
    // Sightings arrived out of order: the first is still 10:00 Beijing, and 4 000 reposts in 2 h is 2 000 an hour.
    expect(weibo).toMatchObject({ firstSeenAt: '2026-11-20T02:00:00.000Z', lastSeenAt: '2026-11-20T04:00:00.000Z', reachVelocity: 2000, reach: 14_600, category: 'safety', riskTerms: ['住院', '起诉'] });
    expect(news).toMatchObject({ text: '青禾乳业回应"质量门"', category: 'quality', firstSeenAt: '2026-11-21T08:00:00.000Z' });
    expect(douyin).toMatchObject({ firstSeenAt: '2026-11-21T15:30:00.000Z', lastSeenAt: '2026-11-22T01:00:00.000Z', reachVelocity: null });
  }, 90_000);
});
