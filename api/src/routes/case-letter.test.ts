import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { logEntries } from '../db/schema/log-entries.ts';
import { docxPart, wordText } from '../test-support/docx-tools.ts';
import type { fixedClock } from '../test-support/app.ts';
import { registeredDevice, signedCapture, upload, uploadBody } from '../test-support/evidence.ts';
import { FIRM, letterCase } from '../test-support/letter-case.ts';
import { uploadPost } from '../test-support/report-capture.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function draft(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(DOCX);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const xml = await docxPart(bytes);
  return { xml, text: wordText(xml), bytes };
}

describe('POST /api/cases/:id/letter (issue 10 item 5)', () => {
  test('律师函: the adopted post as a dated fact with evidence number, SHA-256, link, quote and counts; 第十二条 for a 2026 post; demands, deadline, 特此函告, signature, 证据清单', async () => {
    const { letter, adopted, rejected, call, legal, db } = await letterCase();
    const { text, xml } = await draft(await letter({ bases: ['civil-1024', 'civil-1025', 'aucl-disparagement', 'criminal-246'], demands: ['delete', 'apologize', 'compensate', 'undertake'] }));
    const sha = (await call('GET', `/api/captures/${adopted}`, legal.headers)).body.manifestSha256 as string;
    expect(text).not.toContain('演示');
    const lines = text.split('\n');
    expect(lines[0]).toBe('律师函');
    expect(text).toContain('致：新浪微博用户“爆料君”');
    expect(text).toContain(`${FIRM.name}（以下简称“本所”）接受青禾乳业股份有限公司（以下简称“委托人”）的委托，指派${FIRM.lawyer}律师（执业证号：${FIRM.licence}）`);
    const fact = lines.find((l) => l.startsWith('（1）'))!;
    expect(fact).toContain('2026-11-20 10:30，新浪微博账号“爆料君”（UID：1234567890）发布内容（链接：https://weibo.com/1234567890/QbA1）');
    expect(fact).toContain('原文为：“青禾乳业的奶粉喝出了异物');
    expect(fact).toContain('截至 2026-11-22 09:00:00 取证时，页面显示转发 1.2万（12,000）、评论 3,456、点赞 10万+（≥ 100,000）');
    expect(fact).toContain(`存证编号 ${adopted}，取证清单 SHA-256 值 ${sha}`);
    expect(text).not.toContain(rejected);
    expect(text).not.toContain('（2）');
    // Conduct in 2026: the 2025 revision's 第十二条, not the old 第十一条.
    expect(text).toContain('《中华人民共和国反不正当竞争法》（2025 年修订）第十二条');
    expect(text).not.toContain('第十一条');
    expect(text).toContain('证据 1 取证时转发 1.2万（12,000）次，达到五百次。');
    expect(text).toContain('于收到本函之日起 7 日内（即 2026年11月29日前）');
    expect(text).toMatch(/1\. 立即停止侵权行为.*；\n2\. 在发布上述内容的同一平台.*；\n3\. 赔偿委托人.*；\n4\. 向委托人出具书面承诺.*。/);
    expect(text).toContain('特此函告。');
    for (const s of [`${FIRM.name}（律所公章）`, `律师：${FIRM.lawyer}（签名）`, `执业证号：${FIRM.licence}`, '2026年11月22日']) expect(lines).toContain(s);
    // 证据清单 after a page break: its header row and the evidence row.
    expect(xml).toContain('<w:br w:type="page"/>');
    for (const h of ['证据名称', '来源', '证明目的', '形式', '存证编号', 'SHA-256', '时间戳']) expect(lines).toContain(h);
    expect(lines).toContain(sha);
    // legal.md A.4: 内容说明 per item, and the SM3 of the same manifest under its SHA-256.
    expect(lines).toContain('内容说明');
    expect(lines).toContain('SM3');
    const [stored] = (await db.$client.execute({ sql: 'select manifest from captures where id = ?', args: [adopted] })).rows;
    expect(lines).toContain(createHash('sm3').update(new Uint8Array(stored!.manifest as ArrayBuffer)).digest('hex'));
    expect(lines).toContain('账号“爆料君”于 2026-11-20 10:30:00 发布：“青禾乳业的奶粉喝出了异物，孩子住院三天，厂家至今不回应，大家千万别买！”');
    // Every run names its East-Asian font; the defaults do too.
    const fonts = [...xml.matchAll(/<w:rFonts [^>]*>/g)].map((m) => m[0]);
    expect(fonts.length).toBeGreaterThan(20);
    for (const f of fonts) expect(f).toMatch(/w:eastAsia="(仿宋|黑体|宋体)"/);
  });

  test('each fact says whether the post was still online at its latest 复查 (legal.md A.2 pre-fill)', async () => {
    const f = await letterCase();
    const recheck = async (status: 'online' | 'deleted', message: string) => {
      const device = await registeredDevice(f.app, f.legal.headers);
      const url = `http://weibo.com/1234567890/QbA1#vigil-recheck=${f.kase.id}`;
      const cap = await signedCapture(f.legal.user, device, {
        tweak: (m) => {
          m.kind = 'page';
          delete m.unit;
          m.page = { url, title: '微博' };
          m.notes = { vigilMarksHidden: true, recheck: { caseId: f.kase.id, url, status, message } };
        },
      });
      expect((await upload(f.app, f.legal.headers, uploadBody(cap))).status).toBe(201);
      return cap.manifest.captureId;
    };
    const before = (await draft(await f.letter({}))).text;
    expect(before).not.toContain('复查');
    const online = await recheck('online', '');
    const fact = (await draft(await f.letter({}))).text.split('\n').find((l) => l.startsWith('（1）'))!;
    expect(fact).toContain(`经 2026-11-22 09:00:00 复查（复查存证编号 ${online}），该内容仍可公开访问。`);
    (f.clock as ReturnType<typeof fixedClock>).advance(3_600_000);
    const deleted = await recheck('deleted', '抱歉，此微博已被作者删除。');
    const later = (await draft(await f.letter({}))).text.split('\n').find((l) => l.startsWith('（1）'))!;
    expect(later).toContain(`经 2026-11-22 10:00:00 复查（复查存证编号 ${deleted}），该内容已无法访问（页面显示：抱歉，此微博已被作者删除。）。`);
  });

  test('a post from before 2025-10-15 is cited under 第十一条 of the 2019 text', async () => {
    const { letter } = await letterCase([{ post: 'QbOld', publishedAt: '2025-03-01T02:00:00.000Z' }, { post: 'QbB2' }]);
    const { text } = await draft(await letter({ bases: ['aucl-disparagement'] }));
    expect(text).toContain('《中华人民共和国反不正当竞争法》（2019 年修正）第十一条：“经营者不得编造、传播虚假信息或者误导性信息，损害竞争对手的商业信誉、商品声誉。”');
    expect(text).not.toContain('第十二条');
  });

  test('律师声明 has no addressee and ends 特此声明; a letter to the platform goes to its operator and asks for 1195 measures', async () => {
    const { letter } = await letterCase();
    const statement = await draft(await letter({ kind: 'statement' }));
    expect(statement.text.split('\n')[0]).toBe('律师声明');
    expect(statement.text).not.toContain('致：');
    expect(statement.text).toContain('特此声明。');
    const platform = await draft(await letter({ recipient: 'platform', bases: ['civil-1195'], demands: ['delete'] }));
    expect(platform.text).toContain('致：北京微梦创科网络技术有限公司（新浪微博）');
    expect(platform.text).toContain('涉及用户：新浪微博账号“爆料君”，UID：1234567890');
    expect(platform.text).toContain('1. 依据《中华人民共和国民法典》第一千一百九十五条，对上述内容及时采取删除、屏蔽、断开链接等必要措施，并将本函转送该用户。');
  });

  test.each([
    ['xiaohongshu', '致：小红书平台运营者', '小红书账号“爆料君”'],
    ['weixin', '致：深圳市腾讯计算机系统有限公司（微信公众平台）', '微信公众号账号“爆料君”'],
    ['constructor', '致：constructor平台运营者', 'constructor账号“爆料君”'],
  ])('a letter to the platform of a %s counterparty names that platform, and its operator where one is known', async (platform, to, account) => {
    const { app, call, legal, adopted } = await letterCase();
    const kase = (await call('POST', '/api/cases', legal.headers, { title: '相对方在其他平台', counterparty: { platform, name: '爆料君' } })).body as { id: string };
    await call('POST', `/api/cases/${kase.id}/captures`, legal.headers, { captureId: adopted });
    await call('PUT', `/api/cases/${kase.id}/captures/${adopted}/review`, legal.headers, { decision: 'adopted' });
    const body = { kind: 'letter', recipient: 'platform', bases: ['civil-1195'], demands: ['delete'], deadlineDays: 7, firm: FIRM };
    const { text } = await draft(await app.request(`/api/cases/${kase.id}/letter`, { method: 'POST', headers: { ...legal.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) }));
    expect(text).toContain(to);
    expect(text).toContain(account);
  });

  test("without a time-stamp the evidence list gives the server's receipt time, not the device's capture time", async () => {
    const { app, clock, staff, legal, call, kase, letter } = await letterCase();
    (clock as ReturnType<typeof fixedClock>).advance(3 * 3600_000); // the capture (made at 09:00 on the device) waited three hours in an offline outbox
    const late = await uploadPost(app, staff, await registeredDevice(app, staff.headers), { post: 'QbLate', publishedAt: '2026-11-20T02:30:00.000Z' });
    await call('POST', `/api/cases/${kase.id}/captures`, legal.headers, { captureId: late });
    await call('PUT', `/api/cases/${kase.id}/captures/${late}/review`, legal.headers, { decision: 'adopted' });
    const { text } = await draft(await letter({ captureIds: [late] }));
    expect(text).toContain('截至 2026-11-22 09:00:00 取证时');
    expect(text).toContain('服务器接收 2026-11-22 12:00:00');
    expect(text).not.toContain('服务器接收 2026-11-22 09:00:00');
  });

  test('refusals: a rejected capture, an unknown basis, a third-party recipient, no adopted evidence; staff and PR leads cannot draft', async () => {
    const { letter, rejected, kase, call, legal, pr, staff, adopted } = await letterCase();
    const body = async (res: Response) => ({ status: res.status, code: ((await res.json()) as { error: { code: string } }).error.code });
    expect(await body(await letter({ captureIds: [rejected] }))).toEqual({ status: 400, code: 'capture_not_adopted' });
    expect(await body(await letter({ bases: ['civil-9999'] }))).toEqual({ status: 400, code: 'unknown_basis' });
    expect((await letter({ recipient: 'customers' })).status).toBe(400);
    expect((await letter({}, pr.headers)).status).toBe(403);
    expect((await letter({}, staff.headers)).status).toBe(403);
    await call('PUT', `/api/cases/${kase.id}/captures/${adopted}/review`, legal.headers, { decision: 'pending' });
    expect(await body(await letter({}))).toEqual({ status: 400, code: 'no_adopted_evidence' });
  });

  test('GET /api/legal/bases lists the clause library, 商业诋毁 with both articles and their dates', async () => {
    const { call, legal, pr } = await letterCase();
    const res = await call('GET', '/api/legal/bases', legal.headers);
    expect(res.status).toBe(200);
    expect(res.body.map((b: { id: string }) => b.id)).toEqual(['civil-1024', 'civil-1025', 'civil-1028', 'civil-1000', 'civil-1195', 'aucl-disparagement', 'criminal-246', 'criminal-221']);
    const aucl = res.body.find((b: { id: string }) => b.id === 'aucl-disparagement');
    expect(aucl.versions).toMatchObject([{ article: '第十二条', from: '2025-10-15' }, { article: '第十一条', before: '2025-10-15' }]);
    expect(res.body.find((b: { id: string }) => b.id === 'criminal-246').thresholds).toContain('五千次');
    expect((await call('GET', '/api/legal/bases', pr.headers)).status).toBe(403);
  });
});

describe('the 律师函 deadline (要求与期限) a lawyer tracks', () => {
  const DAY = 86_400_000;
  test('a draft is on the timeline with its file’s SHA-256 in the evidence log; the days run from 已发函; overdue while still waiting; closed once resolved', async () => {
    const { letter, kase, call, legal, clock, db } = await letterCase();
    const res = await letter({ deadlineDays: 7 });
    const sha = (await import('node:crypto')).createHash('sha256').update(new Uint8Array(await res.arrayBuffer())).digest('hex');
    const drafted = (await call('GET', `/api/cases/${kase.id}`, legal.headers)).body;
    expect(drafted.timeline.at(-1)).toMatchObject({ kind: 'letter', detail: { number: `${kase.number}-律函`, kind: 'letter', recipient: 'poster', deadlineDays: 7, captures: 1, sha256: sha } });
    expect(drafted.timeline.at(-1).logIndex).toEqual(expect.any(Number));
    expect(drafted.letter).toMatchObject({ number: `${kase.number}-律函`, deadlineDays: 7, sentAt: null, due: null, state: 'drafted' });
    const [entry] = await db.select().from(logEntries).where(eq(logEntries.idx, drafted.timeline.at(-1).logIndex));
    expect(entry).toMatchObject({ type: 'case', event: 'letter_drafted' });
    expect(JSON.parse(entry!.entry)).toMatchObject({ caseId: kase.id, event: 'letter_drafted', sha256: sha });

    (clock as ReturnType<typeof fixedClock>).advance(DAY);
    const sentAt = clock.now().toISOString();
    await call('PATCH', `/api/cases/${kase.id}`, legal.headers, { status: 'letter_sent' });
    const running = (await call('GET', `/api/cases/${kase.id}`, legal.headers)).body.letter;
    expect(running).toEqual({ number: `${kase.number}-律函`, draftedAt: drafted.letter.draftedAt, deadlineDays: 7, sentAt, due: new Date(Date.parse(sentAt) + 7 * DAY).toISOString(), state: 'running' });
    // A redraft while the case waits at 已发函: the letter sent keeps running.
    await letter({ deadlineDays: 3 });
    expect((await call('GET', `/api/cases/${kase.id}`, legal.headers)).body.letter).toMatchObject({ deadlineDays: 7, sentAt, state: 'running' });

    (clock as ReturnType<typeof fixedClock>).advance(7 * DAY + 60_000);
    const list = (await call('GET', '/api/cases', legal.headers)).body.items;
    expect(list.find((c: { id: string }) => c.id === kase.id).letter).toMatchObject({ state: 'overdue', sentAt });
    await call('PATCH', `/api/cases/${kase.id}`, legal.headers, { status: 'resolved', resolution: 'deleted' });
    expect((await call('GET', `/api/cases/${kase.id}`, legal.headers)).body.letter.state).toBe('closed');
  });

  test('a 律师声明 gives nobody days: no deadline; a refused draft records nothing', async () => {
    const { letter, kase, call, legal, rejected } = await letterCase();
    await letter({ kind: 'statement' });
    expect((await letter({ captureIds: [rejected] })).status).toBe(400);
    const body = (await call('GET', `/api/cases/${kase.id}`, legal.headers)).body;
    expect(body.letter).toBeNull();
    expect(body.timeline.filter((e: { kind: string }) => e.kind === 'letter').map((e: { detail: { kind: string } }) => e.detail.kind)).toEqual(['statement']);
  });
});
