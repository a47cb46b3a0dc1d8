import { jsonCaller, testApp } from './app.ts';
import { registeredDevice } from './evidence.ts';
import { uploadPost, type PostFacts } from './report-capture.ts';
import { userWithToken } from './users.ts';

export const FIRM = { name: '北京明理律师事务所', lawyer: '张明理', licence: '11101201510012345' };

/**
 * A case with one adopted and one rejected Weibo capture, for letter tests (issue 10 item 5). `posts` overrides
 * the two posts (the first is adopted).
 */
export async function letterCase(posts: [PostFacts, PostFacts] = [{ post: 'QbA1', publishedAt: '2026-11-20T02:30:00.000Z' }, { post: 'QbB2' }]) {
  const t = await testApp();
  const staff = await userWithToken(t.deps, 'staff', { name: '王小明' });
  const legal = await userWithToken(t.deps, 'legal', { name: '李律' });
  const pr = await userWithToken(t.deps, 'pr_lead', { name: '周公关' });
  const device = await registeredDevice(t.app, staff.headers);
  const adopted = await uploadPost(t.app, staff, device, posts[0]);
  const rejected = await uploadPost(t.app, staff, device, posts[1]);
  const call = jsonCaller(t.app);
  const kase = (await call('POST', '/api/cases', legal.headers, { title: '青禾乳业不实信息', brand: '青禾乳业股份有限公司', counterparty: { platform: 'weibo', name: '爆料君', uid: '1234567890', url: 'https://weibo.com/u/1234567890' } })).body as { id: string; number: string };
  for (const id of [adopted, rejected]) await call('POST', `/api/cases/${kase.id}/captures`, legal.headers, { captureId: id });
  await call('PUT', `/api/cases/${kase.id}/captures/${adopted}/review`, legal.headers, { decision: 'adopted' });
  await call('PUT', `/api/cases/${kase.id}/captures/${rejected}/review`, legal.headers, { decision: 'rejected', reason: '与本案无关' });
  const letter = (body: Record<string, unknown>, headers = legal.headers) =>
    t.app.request(`/api/cases/${kase.id}/letter`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'letter', bases: ['civil-1024'], demands: ['delete'], deadlineDays: 7, firm: FIRM, ...body }) });
  return { ...t, staff, legal, pr, kase, adopted, rejected, call, letter };
}
