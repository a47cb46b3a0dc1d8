import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { CAPTURE_UPLOAD, type Manifest } from '@vigil/shared/schemas/capture';
import { sealCapture } from '@vigil/shared/evidence/seal';
import { exportPublicJwk, generateDeviceKey, jwkThumbprint } from '@vigil/shared/evidence/signature';
import type { SeedContext } from '../cli/seed.ts';
import { addCapture, addNote, createCase, reviewCapture } from '../cases/write.ts';
import { caseRow } from '../cases/queries.ts';
import { devices } from '../db/schema/devices.ts';
import { meta } from '../db/schema/meta.ts';
import { findUserByEmail } from '../lib/accounts.ts';
import type { Auth } from '../lib/context.ts';
import { DEMO_POSTS, demoPermalink, demoPostPage, demoTitle, type DemoPost } from './demo-posts.ts';
import { receiveCapture } from './receive.ts';
import { queueTimestamps } from './tsa.ts';

// `seed --demo` (issue 10): the legal side of the demo, so 采集证据 and 案件 are not empty right after `npm start`.
// Three captures of the demo surge's Weibo posts, made by the demo staff member on a demo device and received
// through the same checks as an upload from the extension (signature, digests, evidence log), then one case the
// demo lawyer works: one post adopted as evidence (采用), one rejected with its reason, one still to review, and a note.
// Every demo capture says what it is: its signed manifest carries notes.demo, its environment.json names the seed
// as browser and method, the reports print a failed 演示数据 row, and its page reads "Vigil 演示页面 · 内容虚构".

const KEY = 'demo.evidence';
const assets = new URL('./demo-assets/', import.meta.url);
const json = (v: unknown) => new Uint8Array(Buffer.from(`${JSON.stringify(v, null, 2)}\n`));
const minutesBefore = (now: Date, m: number) => new Date(now.getTime() - m * 60_000);

/** The page as chrome.pageCapture would have saved it: one MHTML part, the HTML as is. */
function mhtml(p: DemoPost, at: Date): Uint8Array {
  const boundary = '----MultipartBoundary--VigilDemo----';
  const subject = `=?utf-8?B?${Buffer.from(demoTitle(p)).toString('base64')}?=`;
  const head = [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${demoPermalink(p)}`,
    `Subject: ${subject}`,
    `Date: ${at.toUTCString()}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-ID: <frame-vigil-demo@mhtml.blink>',
    'Content-Transfer-Encoding: binary',
    `Content-Location: ${demoPermalink(p)}`,
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(`${head}\r\n${demoPostPage(p)}\r\n\r\n--${boundary}--\r\n`, 'utf8'));
}

type Files = { name: string; type: string; provenance: Manifest['artefacts'][number]['provenance']; bytes: Uint8Array }[];

function demoFiles(p: DemoPost, now: Date, version: string): Files {
  const url = demoPermalink(p);
  const capturedAt = minutesBefore(now, p.capturedMinutesAgo);
  const unit = {
    adapter: 'weibo', capturedFrom: url, key: `weibo:${p.post}`, platform: 'weibo', kind: 'post', truncated: false, text: p.text,
    author: { name: p.account, id: p.uid, url: `https://weibo.com/u/${p.uid}` }, permalink: url,
    publishedAt: minutesBefore(now, p.publishedMinutesAgo).toISOString(), counts: p.counts, countsShown: p.countsShown, comments: [],
  };
  const seed = 'vigil seed --demo';
  const environment = {
    browser: { name: `演示数据（${seed}）`, version: '—', platform: 'demo', platformVersion: '' },
    userAgent: `${seed}：没有浏览器参与此次取证 / no browser made this capture`,
    extension: { id: 'demo', name: 'Vigil 舆情哨兵', version, files: [] },
    viewport: { width: 960, height: 600, devicePixelRatio: 1 },
    page: { url, title: demoTitle(p), tabUrl: url, tabTitle: demoTitle(p), scrollHeight: 600 },
    timeZone: 'Asia/Shanghai', locale: 'zh-CN', deviceTime: capturedAt.toISOString(),
    clock: { offsetMs: 0, uncertaintyMs: 0, apiDate: capturedAt.toUTCString(), method: `${seed}：服务器自身时钟 / the server's own clock` },
    method: {
      viewport: `Chromium 渲染的演示页面（tests/scripts/demo-evidence-screenshots.ts）/ demo page rendered by Chromium`,
      fullPage: null,
      snapshot: `${seed} 由演示页面 HTML 写成 / written from the demo page's HTML`,
      unit: `${seed} 写入 / written by the seed`,
    },
  };
  const png = (kind: string) => new Uint8Array(readFileSync(new URL(`${p.post}-${kind}.png`, assets)));
  return [
    { name: 'viewport.png', type: 'image/png', provenance: 'onscreen', bytes: png('viewport') },
    { name: 'unit.png', type: 'image/png', provenance: 'onscreen', bytes: png('unit') },
    { name: 'page.mhtml', type: 'multipart/related', provenance: 'browser', bytes: mhtml(p, capturedAt) },
    { name: 'unit.json', type: 'application/json', provenance: 'adapter', bytes: json(unit) },
    { name: 'environment.json', type: 'application/json', provenance: 'environment', bytes: json(environment) },
  ];
}

/** A device of the demo staff member whose key lives only in this process: nothing can sign for it afterwards. */
async function demoDevice(ctx: SeedContext, userId: string) {
  const keys = await generateDeviceKey();
  const publicKeyJwk = await exportPublicJwk(keys.publicKey);
  const id = randomUUID();
  await ctx.db.insert(devices).values({ id, userId, name: '演示设备（vigil seed --demo）', publicKeyJwk: JSON.stringify(publicKeyJwk), keyThumbprint: await jwkThumbprint(publicKeyJwk), createdAt: ctx.now });
  return { id, privateKey: keys.privateKey, publicKeyJwk };
}

/** Uploads one demo post's capture through receiveCapture, as the extension's outbox would; returns its id. */
async function captureDemoPost(ctx: SeedContext, auth: Auth, device: Awaited<ReturnType<typeof demoDevice>>, p: DemoPost): Promise<string> {
  const startedAt = minutesBefore(ctx.now, p.capturedMinutesAgo);
  const sealed = await sealCapture({
    captureId: randomUUID(),
    kind: 'unit',
    page: { url: demoPermalink(p), title: demoTitle(p) },
    unit: { platform: 'weibo', key: `weibo:${p.post}`, permalink: demoPermalink(p) },
    capturer: { userId: auth.user.id, name: auth.user.name },
    device,
    times: { startedAt: startedAt.toISOString(), finishedAt: new Date(startedAt.getTime() + 1_800).toISOString(), clockOffsetMs: 0 },
    notes: { vigilMarksHidden: true, demo: true },
    artefacts: demoFiles(p, ctx.now, ctx.deps.config.version),
  });
  const body = new Blob(sealed.body as BlobPart[]);
  const { receipt } = await receiveCapture(ctx.deps, auth, { body: body.stream(), contentType: CAPTURE_UPLOAD.contentType, contentLength: String(body.size) });
  // Time-stamped like an upload, but by `serve`'s minute retry: the seed must not wait on the network (or fail offline).
  await queueTimestamps(ctx.deps, receipt.captureId);
  return receipt.captureId;
}

export async function seedDemoEvidence(ctx: SeedContext): Promise<void> {
  const { db, deps } = ctx;
  if (await db.query.meta.findFirst({ where: eq(meta.key, KEY) })) return;
  const staff = await findUserByEmail(db, 'staff@demo.vigil.local');
  const legal = await findUserByEmail(db, 'legal@demo.vigil.local');
  // A demo account renamed or removed since the first seed: npm start must still start, without the demo evidence.
  if (!staff || !legal) return ctx.log('demo evidence skipped: the demo staff or legal account is gone');
  const auth: Auth = { user: { id: staff.id, name: staff.name, email: staff.email, role: staff.role }, via: 'token', credentialId: 'seed --demo' };
  const device = await demoDevice(ctx, staff.id);
  const [rumour, parent, complaint] = DEMO_POSTS as [DemoPost, DemoPost, DemoPost];
  const ids = new Map<DemoPost, string>();
  for (const p of DEMO_POSTS) ids.set(p, await captureDemoPost(ctx, auth, device, p));

  const caseId = await createCase(deps, legal.id, {
    title: '青禾乳业「工厂被查封停产」不实信息',
    brand: '青禾乳业',
    counterparty: { platform: 'weibo', name: rumour.account, uid: rumour.uid, url: `https://weibo.com/u/${rumour.uid}` },
    assigneeId: legal.id,
  });
  const at = () => caseRow(db, caseId);
  await addCapture(deps, legal.id, await at(), ids.get(rumour)!, '对方发布的原帖：捏造「工厂被查封停产」「老板跑路」');
  await addCapture(deps, legal.id, await at(), ids.get(parent)!, '同一时段的消费者反映，核实是否与对方帖子有关');
  await addCapture(deps, legal.id, await at(), ids.get(complaint)!, '同一话题下的投诉帖');
  await reviewCapture(deps, legal.id, await at(), ids.get(rumour)!, { decision: 'adopted' });
  await reviewCapture(deps, legal.id, await at(), ids.get(complaint)!, { decision: 'rejected', reason: '消费者向监管部门投诉属正当维权，未捏造事实，不作为本案证据' });
  await addNote(deps, legal.id, await at(), '已与品控部核实：该批次留样复检合格，工厂正常生产，未被查封。拟向对方发送律师函，要求删除原帖并公开致歉。');
  await db.insert(meta).values({ key: KEY, value: ctx.now.toISOString() }).onConflictDoNothing();
  ctx.log(`demo evidence: ${DEMO_POSTS.length} captures of the surge's Weibo posts, 1 case with them`);
}
