import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../api/src/app.ts';
import { migrateDb, openDb } from '../../api/src/db/client.ts';
import { newLogKey } from '../../api/src/runtime.ts';
import { registeredDevice } from '../../api/src/test-support/evidence.ts';
import { uploadPost } from '../../api/src/test-support/report-capture.ts';
import { userWithToken } from '../../api/src/test-support/users.ts';

// 取证报告 and 律师函 generation (issue 10): budgets 20-capture case report < 3 s, letter < 1 s. In-process app on an
// embedded libSQL file; each capture carries two real RGBA PNG screenshots (1280×800 viewport, 1024×360 post clip).

const CAPTURES = 20;
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-legal-'));
  const db = openDb({ url: `file:${join(dir, 'vigil.db')}` });
  await migrateDb(db);
  // The fixtures' device times are 2026-11-22 09:00 Beijing time: the server clock runs from just after that.
  const offset = Date.parse('2026-11-22T01:00:02Z') - Date.now();
  const deps = { db, clock: { now: () => new Date(Date.now() + offset) }, keys: { pepper: randomBytes(32), logKey: newLogKey() }, config: { secureCookies: false, tsaUrls: [], version: 'bench', databaseLabel: 'bench' } };
  const app = createApp(deps);
  const staff = await userWithToken(deps, 'staff', { name: '王小明' });
  const legal = await userWithToken(deps, 'legal', { name: '李律' });
  const device = await registeredDevice(app, staff.headers);
  const ids: string[] = [];
  for (let i = 0; i < CAPTURES; i++) {
    ids.push(await uploadPost(app, staff, device, { post: `QbBench${i}`, publishedAt: new Date(Date.UTC(2026, 10, 1 + i, 2)).toISOString() }, { screenshot: [1280, 800] }));
  }
  const json = { ...legal.headers, 'content-type': 'application/json' };
  const kase = (await (await app.request('/api/cases', { method: 'POST', headers: json, body: JSON.stringify({ title: '青禾乳业不实信息', brand: '青禾乳业', counterparty: { platform: 'weibo', name: '爆料君', uid: '1234567890' } }) })).json()) as { id: string };
  for (const id of ids) {
    await app.request(`/api/cases/${kase.id}/captures`, { method: 'POST', headers: json, body: JSON.stringify({ captureId: id }) });
    await app.request(`/api/cases/${kase.id}/captures/${id}/review`, { method: 'PUT', headers: json, body: JSON.stringify({ decision: 'adopted' }) });
  }

  const time = async (path: string, init: RequestInit = {}) => {
    const times: number[] = [];
    let bytes = new Uint8Array();
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const res = await app.request(path, { headers: legal.headers, ...init });
      bytes = new Uint8Array(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${new TextDecoder().decode(bytes)}`);
      times.push(performance.now() - t0);
    }
    return { ms: median(times), all: times, bytes };
  };
  const one = await time(`/api/captures/${ids[0]}/report.pdf`);
  const all = await time(`/api/cases/${kase.id}/report.pdf`);
  const letterBody = JSON.stringify({
    kind: 'letter',
    bases: ['civil-1024', 'civil-1025', 'civil-1000', 'aucl-disparagement', 'criminal-246'],
    demands: ['delete', 'apologize', 'compensate', 'undertake'],
    deadlineDays: 7,
    firm: { name: '北京明理律师事务所', lawyer: '张明理', licence: '11101201510012345' },
  });
  const letter = await time(`/api/cases/${kase.id}/letter`, { method: 'POST', headers: json, body: letterBody });
  writeFileSync(join(dir, 'letter.docx'), letter.bytes);
  writeFileSync(join(dir, 'capture-report.pdf'), one.bytes);
  writeFileSync(join(dir, 'case-report.pdf'), all.bytes);
  const fmt = (x: { ms: number; all: number[]; bytes: Uint8Array }) => `${x.ms.toFixed(0)} ms median of ${x.all.map((t) => t.toFixed(0)).join(' / ')} ms, ${(x.bytes.length / 1024).toFixed(0)} KB`;
  console.log(`取证报告, one capture:         ${fmt(one)}`);
  console.log(`取证报告, case of ${CAPTURES} captures: ${fmt(all)} (budget 3000 ms) ${all.ms < 3000 ? 'OK' : 'OVER BUDGET'}`);
  console.log(`律师函, ${CAPTURES} adopted captures:  ${fmt(letter)} (budget 1000 ms) ${letter.ms < 1000 ? 'OK' : 'OVER BUDGET'}`);
  console.log(`samples (PDF, DOCX): ${dir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
