import { describe, expect, test } from 'vitest';
import type { ApprovedReplySet, ReplyDetail } from '@vigil/shared/schemas/reply';
import { fixedClock, jsonCaller, testApp } from '../test-support/app.ts';
import { userWithToken } from '../test-support/users.ts';

// Issue 13: four eyes on approval (per brand, on by default), replies for level none, and the liability mark.
async function setup() {
  const t = await testApp({ clock: fixedClock() });
  const [staff, author, other] = await Promise.all(
    (['staff', 'pr_lead', 'pr_lead'] as const).map(async (r) => (await userWithToken(t.deps, r)).headers),
  );
  return { ...t, staff: staff!, author: author!, other: other!, call: jsonCaller(t.app) };
}

const thanks = {
  brand: '青禾乳业',
  title: '通用::好评::感谢',
  body: '感谢 @{作者} 的喜爱与支持，我们会继续用心做好每一盒奶！',
  tone: 'thanks',
  triggers: { categories: [], levels: ['none'], keywords: ['好喝'], platforms: [] },
};

async function inReview(h: Awaited<ReturnType<typeof setup>>, input: object = thanks): Promise<string> {
  const created = await h.call('POST', '/api/replies', h.author, input);
  expect(created.status).toBe(201);
  const id = (created.body as ReplyDetail).id;
  expect((await h.call('POST', `/api/replies/${id}/versions/1/submit`, h.author, {})).status).toBe(200);
  return id;
}

describe('four eyes on approval', () => {
  test('the author of a version cannot approve it; another PR lead can', async () => {
    const h = await setup();
    const id = await inReview(h);
    const own = await h.call('POST', `/api/replies/${id}/versions/1/approve`, h.author, {});
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('four_eyes');
    const still = (await h.call('GET', `/api/replies/${id}`, h.author)).body as ReplyDetail;
    expect(still.requireFourEyes).toBe(true);
    expect(still.versions[0]!.status).toBe('in_review');
    expect((await h.call('POST', `/api/replies/${id}/versions/1/approve`, h.other, {})).status).toBe(200);
  });

  test('a brand can turn it off; the other setting keeps its value', async () => {
    const h = await setup();
    await h.call('PUT', '/api/replies/settings/青禾乳业', h.other, { requireLegalSignoff: false });
    const off = await h.call('PUT', '/api/replies/settings/青禾乳业', h.other, { requireFourEyes: false });
    expect(off.body).toEqual({ brand: '青禾乳业', requireLegalSignoff: false, requireFourEyes: false });
    const id = await inReview(h);
    expect((await h.call('POST', `/api/replies/${id}/versions/1/approve`, h.author, {})).status).toBe(200);
    // Another brand still has it on by default.
    const other = await inReview(h, { ...thanks, brand: '蓝鲸咖啡' });
    expect((await h.call('POST', `/api/replies/${other}/versions/1/approve`, h.author, {})).body.error.code).toBe('four_eyes');
  });
});

describe('reply content of issue 13', () => {
  test('a thank-you triggers on level none and is served with it', async () => {
    const h = await setup();
    const id = await inReview(h);
    await h.call('POST', `/api/replies/${id}/versions/1/approve`, h.other, {});
    const set = (await h.call('GET', '/api/replies/approved', h.staff)).body as ApprovedReplySet;
    expect(set.replies.map((r) => [r.title, r.triggers.levels, r.admitsLiability])).toEqual([['通用::好评::感谢', ['none'], false]]);
  });

  test('a reply can be marked as admitting liability; the mark is kept per version and served', async () => {
    const h = await setup();
    const pay = { ...thanks, title: '安全::过敏::赔付', body: '我们承担全部医疗费用。', tone: 'apology', admitsLiability: true, triggers: { categories: ['safety'], levels: ['severe'], keywords: ['过敏'], platforms: [] } };
    const id = await inReview(h, pay);
    await h.call('POST', `/api/replies/${id}/versions/1/approve`, h.other, {});
    const d = (await h.call('GET', `/api/replies/${id}`, h.author)).body as ReplyDetail;
    expect(d.versions[0]!.admitsLiability).toBe(true);
    const set = (await h.call('GET', '/api/replies/approved', h.staff)).body as ApprovedReplySet;
    expect(set.replies[0]!.admitsLiability).toBe(true);
    const bad = await h.call('POST', '/api/replies', h.author, { ...pay, admitsLiability: 'yes' });
    expect(bad.status).toBe(400);
  });
});
