import { describe, expect, test } from 'vitest';
import { jsonCaller, testApp } from '../test-support/app.ts';
import { registeredDevice, signedCapture, upload, uploadBody } from '../test-support/evidence.ts';
import { uploadPost } from '../test-support/report-capture.ts';
import { userWithToken } from '../test-support/users.ts';

describe('GET /api/captures/:id carries the reach at capture time (issue 10 item 3)', () => {
  test('counts as the page displayed them and as integers, 10万+ marked as a lower bound; null when the capture has none', async () => {
    const t = await testApp();
    const staff = await userWithToken(t.deps, 'staff');
    const device = await registeredDevice(t.app, staff.headers);
    const id = await uploadPost(t.app, staff, device, { post: 'QbR1' });
    const call = jsonCaller(t.app);
    const detail = await call('GET', `/api/captures/${id}`, staff.headers);
    expect(detail.status).toBe(200);
    expect(detail.body.reach).toEqual({
      reposts: { count: 12000, shown: '1.2万', atLeast: false },
      comments: { count: 3456, shown: '3456', atLeast: false },
      likes: { count: 100000, shown: '10万+', atLeast: true },
    });
    // The sample unit.json of older captures holds no counts.
    const plain = await signedCapture(staff.user, device);
    expect((await upload(t.app, staff.headers, uploadBody(plain))).status).toBe(201);
    expect((await call('GET', `/api/captures/${plain.manifest.captureId}`, staff.headers)).body.reach).toBeNull();
  });
});
