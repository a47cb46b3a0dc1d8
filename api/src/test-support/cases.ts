import { fixedClock, testApp, jsonCaller } from './app.ts';
import { registeredDevice, signedCapture, upload, uploadBody } from './evidence.ts';
import { userWithToken } from './users.ts';

/**
 * A database with two staff captures of Weibo posts, a legal user, a PR lead and a staff user with tokens, and a
 * JSON caller: the starting point of every case test (issue 10).
 */
export async function caseFixture() {
  const clock = fixedClock();
  const t = await testApp({ clock });
  const staff = await userWithToken(t.deps, 'staff', { name: '王小明' });
  const legal = await userWithToken(t.deps, 'legal', { name: '李律' });
  const pr = await userWithToken(t.deps, 'pr_lead', { name: '周公关' });
  const device = await registeredDevice(t.app, staff.headers);
  const captureIds: string[] = [];
  for (const post of ['Oabc123', 'Oxyz789']) {
    const cap = await signedCapture(staff.user, device, {
      tweak: (m) => {
        m.page.url = `https://weibo.com/1234567890/${post}`;
        m.unit = { platform: 'weibo', key: `weibo:${post}`, permalink: `https://weibo.com/1234567890/${post}` };
      },
    });
    const res = await upload(t.app, staff.headers, uploadBody(cap));
    if (res.status !== 201) throw new Error(await res.text());
    captureIds.push(cap.manifest.captureId);
  }
  const call = jsonCaller(t.app);
  const newCase = async (body: Record<string, unknown> = {}) => {
    const res = await call('POST', '/api/cases', legal.headers, { title: '某品牌奶粉不实信息', brand: '某品牌', counterparty: { platform: 'weibo', name: '爆料君', uid: '1234567890', url: 'https://weibo.com/u/1234567890' }, ...body });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; number: string };
  };
  return { ...t, clock, staff, legal, pr, device, captureIds, call, newCase };
}
