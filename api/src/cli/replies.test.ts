import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openDb } from '../db/client.ts';
import { approvedSet } from '../replies/served.ts';
import { listLibrary } from '../replies/library.ts';
import { cliWorkspace, runCli } from '../test-support/cli.ts';
import { freshDb } from '../test-support/db.ts';

const library = [
  {
    brand: '青禾乳业',
    title: '质量::异味::安抚',
    body: '@{作者} 您好，非常抱歉。我们已在{平台}私信您，请提供批次号。',
    triggers: { categories: ['quality'], levels: ['mild'], keywords: ['异味', '发酸'], platforms: ['weibo', 'douyin'] },
    expiresAt: '2099-12-31',
  },
  {
    brand: '青禾乳业',
    title: '安全::过敏::声明',
    body: '关于网传“过敏”一事，青禾乳业高度重视，已成立专项小组调查，{日期}前公布结果。',
    triggers: { categories: ['safety'], levels: ['moderate', 'severe'], keywords: ['过敏'], platforms: [] },
  },
];

async function workspace() {
  await freshDb();
  const ws = cliWorkspace();
  const db = () => openDb({ url: ws.env.DATABASE_URL! });
  return { ws, db, file: (name: string, text: string) => (writeFileSync(join(ws.cwd, name), text), join(ws.cwd, name)) };
}

// Each test runs the real CLI several times (tsx start-up, scrypt for users): slow on a busy machine.
describe('pnpm vigil replies import / export', { timeout: 90_000 }, () => {
  test('JSON imports as drafts, exports, and the export imports back to the same library', async () => {
    const { ws, db, file } = await workspace();
    const imported = await runCli(['replies', 'import', file('lib.json', JSON.stringify(library))], ws);
    expect(imported.stderr).toBe('');
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain('已导入 2 条口径草稿');
    const d = db();
    const rows = await listLibrary(d, {}, new Date());
    expect(rows.map((r) => [r.latest.title, r.latest.status])).toEqual([['安全::过敏::声明', 'draft'], ['质量::异味::安抚', 'draft']]);
    expect((await approvedSet(d, new Date())).replies).toEqual([]);
    d.$client.close();

    const out = join(ws.cwd, 'out.json');
    expect((await runCli(['replies', 'export', '--out', out], ws)).code).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8')) as typeof library;
    expect(exported).toHaveLength(2);
    expect(exported[0]).toMatchObject({ ...library[0], expiresAt: '2099-12-31T16:00:00.000Z' });
    expect(exported[1]).toMatchObject({ ...library[1], expiresAt: null, tone: 'soothing' });

    // Round trip: importing the export adds the same two replies again, unchanged.
    expect((await runCli(['replies', 'import', out], ws)).code).toBe(0);
    const again = JSON.parse((await runCli(['replies', 'export'], ws)).stdout) as unknown[];
    expect(again).toEqual([...exported, ...exported]);
  });

  test('a CSV saved by Excel on a Chinese Windows (GBK) imports with its Chinese intact, not as replacement characters', async () => {
    const { ws, db } = await workspace();
    // brand,title,body / 青禾乳业,服务::退款,您好，退款已加急处理，请留意短信。 — as GBK bytes.
    const gbk = Buffer.from('6272616e642c7469746c652c626f64790d0ac7e0baccc8e9d2b52cb7fecef13a3acdcbbfee2cc4fabac3a3accdcbbfeed2d1bcd3bcb1b4a6c0eda3acc7ebc1f4d2e2b6ccd0c5a1a30d0a', 'hex');
    const path = join(ws.cwd, 'excel.csv');
    writeFileSync(path, gbk);
    const res = await runCli(['replies', 'import', path], ws);
    expect(res).toMatchObject({ code: 0 });
    expect(res.stderr).toContain('GB18030');
    const d = db();
    const rows = await listLibrary(d, {}, new Date());
    d.$client.close();
    expect(rows.map((r) => [r.brand, r.latest.title, r.latest.body])).toEqual([['青禾乳业', '服务::退款', '您好，退款已加急处理，请留意短信。']]);
  });

  test('CSV with |-separated lists imports as approved with --approve-as a PR lead; staff may not approve', async () => {
    const { ws, db, file } = await workspace();
    await runCli(['user', 'add', '--name', '王公关', '--email', 'wang@qinghe.example', '--role', 'pr_lead', '--password', 'long enough pw'], ws);
    await runCli(['user', 'add', '--name', '小李', '--email', 'li@qinghe.example', '--role', 'staff', '--password', 'long enough pw'], ws);
    const csv = file(
      'lib.csv',
      '\uFEFFbrand,title,body,categories,levels,keywords,platforms,expiresAt\r\n' +
        '青禾乳业,质量::异味::安抚,"@{作者} 您好，""异味""问题我们已记录，\n请私信批次号。",quality,mild|moderate,异味|发酸,weibo,2099-12-31\r\n' +
        '青禾乳业,服务::退款,您好，退款已加急处理。,service,,退款,,\r\n',
    );
    const refused = await runCli(['replies', 'import', csv, '--approve-as', 'li@qinghe.example'], ws);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('只有 pr_lead 或 admin 能批准口径');

    const ok = await runCli(['replies', 'import', csv, '--approve-as', 'wang@qinghe.example'], ws);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('已导入并批准 2 条口径');
    const d = db();
    const set = await approvedSet(d, new Date());
    d.$client.close();
    expect(set.replies.map((r) => r.title).sort()).toEqual(['服务::退款', '质量::异味::安抚']);
    const smell = set.replies.find((r) => r.title === '质量::异味::安抚')!;
    expect(smell.body).toBe('@{作者} 您好，"异味"问题我们已记录，\n请私信批次号。');
    expect(smell.triggers).toEqual({ categories: ['quality'], levels: ['mild', 'moderate'], keywords: ['异味', '发酸'], platforms: ['weibo'] });
  });

  test('a bad row is named and nothing is imported', async () => {
    const { ws, db, file } = await workspace();
    const bad = [library[0], { ...library[1], title: '安全::::声明' }, { ...library[1], triggers: { categories: ['smell'] } }];
    const res = await runCli(['replies', 'import', file('bad.json', JSON.stringify(bad))], ws);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('第 2 条');
    expect(res.stderr).toContain('第 3 条');
    expect(res.stderr).toContain('triggers.categories.0');
    expect(res.stderr).not.toContain('第 1 条');
    const csv = await runCli(['replies', 'import', file('bad.csv', 'brand,title,body,colour\n青禾乳业,a,b,red\n')], ws);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain('colour');
    // An expired reply cannot be imported as approved; the whole file is refused, the good row included.
    await runCli(['user', 'add', '--name', '王公关', '--email', 'wang@qinghe.example', '--role', 'pr_lead', '--password', 'long enough pw'], ws);
    const stale = await runCli(['replies', 'import', file('stale.json', JSON.stringify([library[0], { ...library[1], expiresAt: '2020-01-01' }])), '--approve-as', 'wang@qinghe.example'], ws);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('第 2 条');
    const d = db();
    expect(await listLibrary(d, {}, new Date())).toEqual([]);
    d.$client.close();
    expect((await runCli(['replies', 'import'], ws)).code).toBe(2);
  });
  test('every bad row is listed with its line; --skip-invalid imports the good rows, each whole or not at all', async () => {
    const { ws, db, file } = await workspace();
    const header = 'brand,title,body,categories,levels,keywords,platforms,expiresAt,admitsLiability\r\n';
    // 25 rows without a body: all of them are named, not the first 20.
    const empty = file('empty.csv', header + Array.from({ length: 25 }, (_, i) => `青禾乳业,通用::空::${i},,,,,,,\r\n`).join(''));
    const refused = await runCli(['replies', 'import', empty], ws);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('25 条有误');
    expect(refused.stderr).toContain('第 2 行');
    expect(refused.stderr).toContain('第 26 行');

    await runCli(['user', 'add', '--name', '王公关', '--email', 'wang@qinghe.example', '--role', 'pr_lead', '--password', 'long enough pw'], ws);
    const mixed = file(
      'mixed.csv',
      header +
        '青禾乳业,通用::好评::感谢,感谢 @{作者} 的喜爱！,,none,好喝,,2099-12-31,否\r\n' +
        '青禾乳业,安全::过敏::赔付,我们承担全部医疗费用。,smell,severe,过敏,,,是\r\n' +
        '青禾乳业,质量::异味::旧,已过期的口径。,quality,mild,异味,,2020-01-01,\r\n' +
        '青禾乳业,安全::过敏::致歉,"非常抱歉，\n我们将承担医疗费用。",safety,severe,过敏,,,是\r\n',
    );
    const res = await runCli(['replies', 'import', mixed, '--approve-as', 'wang@qinghe.example', '--skip-invalid'], ws);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('已导入并批准 2 条口径');
    // The bad category fails validation; the expired row fails at approval and is not left behind as a draft.
    expect(res.stderr).toContain('跳过 2 条');
    expect(res.stderr).toContain('第 3 行');
    expect(res.stderr).toContain('第 4 行');
    expect(res.stderr).not.toContain('第 2 行');
    expect(res.stderr).not.toContain('第 5 行');
    const d = db();
    const set = await approvedSet(d, new Date());
    const library = await listLibrary(d, {}, new Date());
    d.$client.close();
    expect(library.map((r) => r.latest.title).sort()).toEqual(['安全::过敏::致歉', '通用::好评::感谢']);
    expect(set.replies.map((r) => [r.title, r.triggers.levels, r.admitsLiability]).sort()).toEqual([
      ['安全::过敏::致歉', ['severe'], true],
      ['通用::好评::感谢', ['none'], false],
    ]);
  });
});
