import { describe, expect, test } from 'vitest';
import type { ApprovedReplySet, ReplyDetail, ReplySummary } from '@vigil/shared/schemas/reply';
import { fixedClock, testApp, jsonCaller } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

type Headers = Record<string, string>;

async function setup() {
  const clock = fixedClock();
  const t = await testApp({ clock });
  const [staff, lead, legal, admin, lead2] = await Promise.all(
    (['staff', 'pr_lead', 'legal', 'admin', 'pr_lead'] as const).map(async (r) => (await userWithToken(t.deps, r)).headers),
  );
  const call = jsonCaller(t.app);
  // `lead` writes, `lead2` approves: the author of a version may not approve it (four eyes, issue 13).
  return { ...t, clock, staff: staff!, lead: lead!, legal: legal!, admin: admin!, lead2: lead2!, call };
}

const smell = {
  brand: '青禾乳业',
  title: '质量::异味::安抚',
  body: '@{作者} 您好，非常抱歉给您带来不好的体验。我们已在{平台}私信您，请提供批次号以便核查。',
  triggers: { categories: ['quality'], levels: ['mild', 'moderate'], keywords: ['异味', '发酸'], platforms: ['weibo'] },
  expiresAt: '2026-12-31',
};

async function approved(h: Awaited<ReturnType<typeof setup>>, input = smell): Promise<ReplyDetail> {
  const created = await h.call('POST', '/api/replies', h.lead, input);
  expect(created.status).toBe(201);
  const id = (created.body as ReplyDetail).id;
  expect((await h.call('POST', `/api/replies/${id}/versions/1/submit`, h.lead, {})).status).toBe(200);
  const res = await h.call('POST', `/api/replies/${id}/versions/1/approve`, h.lead2, { note: '口径确认' });
  expect(res.status).toBe(200);
  return res.body as ReplyDetail;
}

const served = async (h: Awaited<ReturnType<typeof setup>>, who: Headers = h.staff) => {
  const res = await h.call('GET', '/api/replies/approved', who);
  expect(res.status).toBe(200);
  return res.body as ApprovedReplySet;
};

describe('reply approval workflow', () => {
  test('draft → in review → approved: staff are served it only once approved, and every step is recorded', async () => {
    const h = await setup();
    const created = await h.call('POST', '/api/replies', h.lead, smell);
    expect(created.status).toBe(201);
    const detail = created.body as ReplyDetail;
    expect(detail.versions[0]).toMatchObject({ version: 1, status: 'draft', expiresAt: '2026-12-31T16:00:00.000Z', tone: 'soothing' });
    expect((await served(h)).replies).toEqual([]);

    await h.call('POST', `/api/replies/${detail.id}/versions/1/submit`, h.lead, {});
    expect((await served(h)).replies).toEqual([]);
    const after = (await h.call('POST', `/api/replies/${detail.id}/versions/1/approve`, h.lead2, { note: '口径确认' })).body as ReplyDetail;
    expect(after.versions[0]!.status).toBe('approved');
    expect(after.transitions.map((t) => [t.action, t.from, t.to, t.note])).toEqual([
      ['create', null, 'draft', null],
      ['submit', 'draft', 'in_review', null],
      ['approve', 'in_review', 'approved', '口径确认'],
    ]);
    expect(after.transitions[2]!.actorName).toContain('pr_lead');

    const set = await served(h);
    expect(set.replies).toHaveLength(1);
    expect(set.replies[0]).toMatchObject({ id: detail.id, version: 1, title: '质量::异味::安抚', brand: '青禾乳业' });
  });

  test('a rejection needs a note and sends the version back to draft', async () => {
    const h = await setup();
    const { id } = (await h.call('POST', '/api/replies', h.lead, smell)).body as ReplyDetail;
    await h.call('POST', `/api/replies/${id}/versions/1/submit`, h.lead, {});
    const bare = await h.call('POST', `/api/replies/${id}/versions/1/reject`, h.lead, {});
    expect(bare.status).toBe(400);
    expect(bare.body.error).toMatchObject({ code: 'note_required' });
    expect(bare.body.error.message).toContain('驳回必须填写原因');
    const blank = await h.call('POST', `/api/replies/${id}/versions/1/reject`, h.legal, { note: '   ' });
    expect(blank.status).toBe(400);

    const ok = await h.call('POST', `/api/replies/${id}/versions/1/reject`, h.legal, { note: '「全额退款」承诺需法务确认' });
    expect(ok.status).toBe(200);
    const d = ok.body as ReplyDetail;
    expect(d.versions[0]!.status).toBe('draft');
    expect(d.transitions.at(-1)).toMatchObject({ action: 'reject', from: 'in_review', to: 'draft', note: '「全额退款」承诺需法务确认' });
    // A draft cannot be approved without going through review again.
    const skip = await h.call('POST', `/api/replies/${id}/versions/1/approve`, h.lead2, {});
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe('invalid_transition');
  });

  test('a brand can require legal sign-off before approval', async () => {
    const h = await setup();
    expect((await h.call('PUT', '/api/replies/settings/青禾乳业', h.lead, { requireLegalSignoff: true })).status).toBe(200);
    const { id } = (await h.call('POST', '/api/replies', h.lead, smell)).body as ReplyDetail;
    await h.call('POST', `/api/replies/${id}/versions/1/submit`, h.lead, {});
    const early = await h.call('POST', `/api/replies/${id}/versions/1/approve`, h.lead2, {});
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('legal_signoff_required');
    expect((await h.call('POST', `/api/replies/${id}/versions/1/legal-signoff`, h.lead, {})).status).toBe(403);
    const signed = await h.call('POST', `/api/replies/${id}/versions/1/legal-signoff`, h.legal, { note: '无法律风险' });
    expect(signed.status).toBe(200);
    expect((signed.body as ReplyDetail).versions[0]!.legalSignedOffBy).toContain('legal');
    expect((await h.call('POST', `/api/replies/${id}/versions/1/approve`, h.lead2, {})).status).toBe(200);
    const settings = await h.call('GET', '/api/replies/settings', h.legal);
    expect(settings.body).toEqual([{ brand: '青禾乳业', requireLegalSignoff: true, requireFourEyes: true }]);
  });
});

describe('versions are immutable', () => {
  test('an edit adds a draft version; the approved one keeps being served until the new one is approved', async () => {
    const h = await setup();
    const { id } = await approved(h);
    const edit = await h.call('POST', `/api/replies/${id}/versions`, h.lead, { ...smell, body: '新版：{作者} 您好，已为您登记，工单号 {工单号}。' });
    expect(edit.status).toBe(201);
    const d = edit.body as ReplyDetail;
    expect(d.versions.map((v) => [v.version, v.status])).toEqual([[2, 'draft'], [1, 'approved']]);
    expect(d.versions[1]!.body).toBe(smell.body);
    expect((await served(h)).replies[0]).toMatchObject({ version: 1, body: smell.body });

    await h.call('POST', `/api/replies/${id}/versions/2/submit`, h.lead, {});
    const after = (await h.call('POST', `/api/replies/${id}/versions/2/approve`, h.lead2, {})).body as ReplyDetail;
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([[2, 'approved'], [1, 'retired']]);
    expect(after.versions[1]!.body).toBe(smell.body);
    expect(after.transitions.find((t) => t.action === 'retire')).toMatchObject({ version: 1, note: expect.stringContaining('被 v2 取代') });
    const set = await served(h);
    expect(set.replies.map((r) => r.version)).toEqual([2]);

    const lib = (await h.call('GET', '/api/replies?status=approved', h.lead)).body as ReplySummary[];
    expect(lib.map((r) => [r.latest.version, r.servedVersion])).toEqual([[2, 2]]);
  });

  test('there is no route that changes a stored version', async () => {
    const h = await setup();
    const { id } = await approved(h);
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const res = await h.call(method, `/api/replies/${id}/versions/1`, h.admin, { body: '改掉' });
      expect(res.status).toBe(404);
    }
    const d = (await h.call('GET', `/api/replies/${id}`, h.lead)).body as ReplyDetail;
    expect(d.versions[0]!.body).toBe(smell.body);
  });
});

describe('what staff are served', () => {
  test('expired and retired replies are never served; approving an expired version is refused', async () => {
    const h = await setup();
    const { id } = await approved(h, { ...smell, expiresAt: '2026-11-23T12:00:00+08:00' });
    const before = await served(h);
    expect(before.replies).toHaveLength(1);
    h.clock.advance(27 * 3600_000);
    const after = await served(h);
    expect(after.replies).toEqual([]);
    expect(after.etag).not.toBe(before.etag);
    const lib = (await h.call('GET', '/api/replies?status=expired', h.lead)).body as ReplySummary[];
    expect(lib.map((r) => r.latest.effectiveStatus)).toEqual(['expired']);

    await h.call('POST', `/api/replies/${id}/versions`, h.lead, { ...smell, expiresAt: '2026-11-01' });
    await h.call('POST', `/api/replies/${id}/versions/2/submit`, h.lead, {});
    const stale = await h.call('POST', `/api/replies/${id}/versions/2/approve`, h.lead2, {});
    expect(stale.status).toBe(422);
    expect(stale.body.error.code).toBe('reply_expired');

    const other = await approved(h, { ...smell, title: '质量::异味::跟进', expiresAt: '2027-06-30' });
    expect((await served(h)).replies.map((r) => r.id)).toEqual([other.id]);
    expect((await h.call('POST', `/api/replies/${other.id}/versions/1/retire`, h.lead, { note: '事件结束' })).status).toBe(200);
    expect((await served(h)).replies).toEqual([]);
  });

  test('the approved set answers 304 to a matching If-None-Match', async () => {
    const h = await setup();
    await approved(h);
    const first = await h.app.request('/api/replies/approved', { headers: h.staff });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"replies-/);
    const again = await h.app.request('/api/replies/approved', { headers: { ...h.staff, 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});

describe('roles', () => {
  test('staff cannot create, edit, approve or browse the library; legal cannot create or approve', async () => {
    const h = await setup();
    const { id } = (await h.call('POST', '/api/replies', h.lead, smell)).body as ReplyDetail;
    await h.call('POST', `/api/replies/${id}/versions/1/submit`, h.lead, {});
    for (const [who, method, path] of [
      [h.staff, 'POST', '/api/replies'],
      [h.staff, 'POST', `/api/replies/${id}/versions`],
      [h.staff, 'POST', `/api/replies/${id}/versions/1/approve`],
      [h.staff, 'POST', `/api/replies/${id}/versions/1/reject`],
      [h.staff, 'GET', '/api/replies'],
      [h.staff, 'GET', `/api/replies/${id}`],
      [h.staff, 'GET', `/api/replies/${id}/stats`],
      [h.legal, 'POST', '/api/replies'],
      [h.legal, 'POST', `/api/replies/${id}/versions/1/approve`],
      [h.legal, 'PUT', '/api/replies/settings/青禾乳业'],
    ] as const) {
      const res = await h.call(method, path, who, method === 'GET' ? undefined : { ...smell, note: 'x', requireLegalSignoff: true });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect((await h.call('GET', '/api/replies/approved', {})).status).toBe(401);
    expect((await h.call('POST', `/api/replies/${id}/versions/1/approve`, h.admin, {})).status).toBe(200);
    expect((await h.call('GET', `/api/replies/${id}`, h.legal)).status).toBe(200);
  });
});

describe('validation errors say what is wrong', () => {
  test.each([
    { patch: { title: '质量::::安抚' }, says: '每段不能为空' },
    { patch: { body: '' }, says: '正文不能为空' },
    { patch: { brand: ' ' }, says: '品牌不能为空' },
    { patch: { triggers: { categories: ['smell'] } }, says: 'triggers.categories.0' },
    { patch: { triggers: { levels: ['critical'] } }, says: 'triggers.levels.0' },
    { patch: { expiresAt: '明年' }, says: '过期时间格式' },
    { patch: { owner: 'not-an-email' }, says: '负责人须为邮箱' },
  ])('$says', async ({ patch, says }) => {
    const h = await setup();
    const res = await h.call('POST', '/api/replies', h.lead, { ...smell, ...patch });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toContain(says);
  });

  test('once brands are maintained, a reply must name one of them', async () => {
    const h = await setup();
    expect((await h.call('POST', '/api/brands', h.lead, { name: '青禾乳业', aliases: ['青禾'] })).status).toBe(201);
    expect((await h.call('POST', '/api/replies', h.lead, smell)).status).toBe(201);
    const typo = await h.call('POST', '/api/replies', h.lead, { ...smell, brand: '青和乳业' });
    expect(typo.status).toBe(400);
    expect(typo.body.error).toMatchObject({ code: 'unknown_brand', message: expect.stringContaining('未知品牌「青和乳业」') });
  });

  test('unknown replies and versions are 404', async () => {
    const h = await setup();
    expect((await h.call('GET', '/api/replies/nope', h.lead)).status).toBe(404);
    const { id } = (await h.call('POST', '/api/replies', h.lead, smell)).body as ReplyDetail;
    const res = await h.call('POST', `/api/replies/${id}/versions/9/submit`, h.lead, {});
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('version_not_found');
  });
});

describe('library search and filters', () => {
  test('q, brand, category, tone and status narrow the list', async () => {
    const h = await setup();
    await approved(h);
    await h.call('POST', '/api/replies', h.lead, { ...smell, title: '安全::过敏::声明', body: '关于过敏的说明', triggers: { categories: ['safety'] }, tone: 'formal' });
    await h.call('POST', '/api/replies', h.lead, { ...smell, brand: '别的品牌', title: '服务::退款' });
    const titles = async (qs: string) => ((await h.call('GET', `/api/replies${qs}`, h.legal)).body as ReplySummary[]).map((r) => r.latest.title);
    expect(await titles('')).toEqual(['安全::过敏::声明', '质量::异味::安抚', '服务::退款'].sort());
    expect(await titles('?q=过敏')).toEqual(['安全::过敏::声明']);
    expect(await titles('?brand=别的品牌')).toEqual(['服务::退款']);
    expect(await titles('?category=safety')).toEqual(['安全::过敏::声明']);
    expect(await titles('?tone=formal')).toEqual(['安全::过敏::声明']);
    expect(await titles('?status=draft')).toEqual(['安全::过敏::声明', '服务::退款'].sort());
    expect((await h.call('GET', '/api/replies?status=bogus', h.legal)).status).toBe(400);
  });
});
