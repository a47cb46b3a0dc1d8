import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import {
  CAPTURE_UPLOAD,
  CaptureDetail,
  CaptureList,
  CaptureListQuery,
  CaptureReceipt,
  ConsistencyProof,
  ConsistencyQuery,
  LogInfo,
  Manifest,
  VerifyResult,
} from '@vigil/shared/schemas/capture';
import type { Role } from '@vigil/shared/schemas/common';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { requireAuth, route } from '../lib/route.ts';
import { exportPackage } from '../evidence/export.ts';
import { consistencyBetween, custodyOf, latestTreeHead, recordCustody, recordView, treeHeadAt } from '../evidence/ledger.ts';
import { logKeyOf } from '../evidence/log-key.ts';
import { listCaptures, summaryOf, userNames, visibleCapture } from '../evidence/queries.ts';
import { receiveCapture } from '../evidence/receive.ts';
import { artefactsOf, readArtefact, receiptFor, storedBytesComplete } from '../evidence/store.ts';
import { storedReach } from '../evidence/unit-json.ts';
import { retryPendingTimestamps } from '../evidence/tsa.ts';
import { verifyCapture } from '../evidence/verify.ts';
import { linkRecheck } from '../cases/recheck.ts';

/** Every role captures and reads; staff read only their own (visibleCapture). */
const capturers: readonly Role[] = ['staff', 'pr_lead', 'legal', 'admin'];
const CaptureParam = z.object({ id: z.string().min(1).max(64) });
const ArtefactParam = CaptureParam.extend({ name: z.string().min(1).max(100) });

/** The stored manifest for display; a row edited into nonsense is a named 409 (and fails `verify`), not a 500. */
function readableManifest(bytes: Uint8Array): Manifest {
  let parsed: ReturnType<typeof Manifest.safeParse> | undefined;
  try {
    parsed = Manifest.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success) throw errors.conflict('存储的取证清单已无法读取，请运行校验 / The stored manifest is unreadable; run verify', 'manifest_unreadable');
  return parsed.data;
}

/** Evidence export is for legal (and admin, always admitted): the legal issue and issue 15 #8. */
const exporters: readonly Role[] = ['legal'];

export const captureRoutes = new Hono<AppEnv>()
  .post(
    '/',
    route({
      roles: capturers,
      summary: 'Upload a signed capture (VGC1 body, see CAPTURE_UPLOAD); idempotent on the manifest capture id',
      bodyContentType: CAPTURE_UPLOAD.contentType,
      responses: {
        201: { description: 'stored; the receipt', schema: CaptureReceipt },
        200: { description: 'already stored; the same receipt', schema: CaptureReceipt },
        409: { description: 'capture id reused for a different manifest' },
        413: { description: 'an artefact or the whole upload is too large' },
        415: { description: 'not a VGC1 upload' },
      },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const deps = c.get('deps');
      const { status, receipt } = await receiveCapture(deps, auth, {
        body: c.req.raw.body,
        contentType: c.req.header('content-type'),
        contentLength: c.req.header('content-length'),
      });
      // A re-check made from a case page joins its case (issue 10).
      if (status === 201) await linkRecheck(deps, auth, receipt.captureId);
      if (status === 201 && deps.config.tsaUrls.length) {
        // A short wait keeps the receipt fast (issue 6: < 2 s); a slow TSA stays pending and is retried by `serve`.
        await retryPendingTimestamps(deps, { captureId: receipt.captureId, timeoutMs: 1500 });
        return c.json(await receiptFor(deps.db, { id: receipt.captureId, manifestSha256: receipt.manifestSha256, logIndex: receipt.logIndex }), status);
      }
      return c.json(receipt, status);
    },
  )
  .get(
    '/',
    route({
      roles: capturers,
      summary: 'Captures, newest first (staff: their own)',
      query: CaptureListQuery,
      responses: { 200: { description: 'a page of captures', schema: CaptureList } },
    }),
    async (c) => c.json(await listCaptures(c.get('deps').db, requireAuth(c), c.req.valid('query')), 200),
  )
  .get(
    '/log',
    route({
      roles: capturers,
      summary: 'The evidence log’s latest signed tree head and its Ed25519 public key (to pin it)',
      responses: { 200: { description: 'head and key', schema: LogInfo } },
    }),
    async (c) => {
      const { db, keys } = c.get('deps');
      const key = logKeyOf(keys);
      return c.json({ treeHead: (await latestTreeHead(db)) ?? null, publicKeyJwk: key.publicJwk, publicKeyPem: key.publicPem }, 200);
    },
  )
  .get(
    '/log/consistency',
    route({
      roles: capturers,
      summary: 'RFC 6962 consistency proof between two signed tree heads of the evidence log (it only grew)',
      query: ConsistencyQuery,
      responses: { 200: { description: 'both heads and the proof', schema: ConsistencyProof }, 404: { description: 'no tree head of that size' } },
    }),
    async (c) => {
      const { db } = c.get('deps');
      const q = c.req.valid('query');
      const to = q.to === undefined ? await latestTreeHead(db) : await treeHeadAt(db, q.to);
      const from = await treeHeadAt(db, q.from);
      if (!from || !to || from.size > to.size) throw errors.notFound('没有该大小的日志树头 / No tree head of that size');
      return c.json({ from, to, proof: await consistencyBetween(db, from.size, to.size) }, 200);
    },
  )
  .get(
    '/:id',
    route({
      roles: capturers,
      summary: 'One capture with its manifest, receipt and custody log (a custody event, one per user and capture per 10 minutes)',
      params: CaptureParam,
      responses: {
        200: { description: 'the capture', schema: CaptureDetail },
        404: { description: 'no such capture' },
        409: { description: 'stored manifest unreadable (tampered)' },
      },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const deps = c.get('deps');
      const row = await visibleCapture(deps.db, auth, c.req.valid('param').id);
      await recordView(deps, row.id, auth.user.id);
      const custody = await custodyOf(deps.db, row.id);
      const names = await userNames(deps.db, [row.userId, ...custody.map((e) => e.actorId)]);
      return c.json(
        {
          ...summaryOf(row, names.get(row.userId) ?? null),
          manifest: readableManifest(row.manifest),
          deviceId: row.deviceId,
          signature: row.signature,
          receipt: await receiptFor(deps.db, row),
          custody: custody.map((e) => ({ logIndex: e.idx, event: e.event ?? '', actor: { id: e.actorId, name: names.get(e.actorId) ?? null }, at: e.createdAt.toISOString() })),
          reach: await storedReach(deps.db, row.id),
        },
        200,
      );
    },
  )
  .get(
    '/:id/artefacts/:name',
    route({
      roles: capturers,
      summary: 'Download one artefact as an attachment (never rendered in our origin; a custody event)',
      params: ArtefactParam,
      responses: {
        200: { description: 'the bytes', contentType: 'application/octet-stream' },
        404: { description: 'no such capture or artefact' },
        409: { description: 'artefact_digest_failed: stored bytes incomplete (run verify)' },
      },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const deps = c.get('deps');
      const row = await visibleCapture(deps.db, auth, c.req.valid('param').id);
      const artefact = (await artefactsOf(deps.db, row.id)).find((a) => a.name === c.req.valid('param').name);
      if (!artefact) throw errors.notFound('未找到该文件 / No such artefact');
      if (!(await storedBytesComplete(deps.db, artefact.sha256, artefact.size))) {
        throw errors.checkFailed('artefact-digest', `文件 ${artefact.name} 的存储内容不完整`, `the stored bytes of ${artefact.name} are incomplete`);
      }
      await recordCustody(deps, row.id, 'downloaded', auth.user.id, artefact.name);
      // Captured pages are hostile: every artefact is bytes to save, whatever type the page declared (issue 15).
      c.header('Content-Type', 'application/octet-stream');
      c.header('Content-Length', String(artefact.size));
      c.header('Content-Disposition', `attachment; filename="${artefact.name}"`);
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Content-Security-Policy', 'sandbox');
      c.header('Cache-Control', 'private, no-store');
      return stream(c, async (out) => {
        for await (const chunk of readArtefact(deps.db, artefact.sha256)) await out.write(chunk);
      });
    },
  )
  .get(
    '/:id/verify',
    route({
      roles: capturers,
      summary: 'Recompute every named integrity check from the stored bytes and the log',
      params: CaptureParam,
      responses: {
        200: { description: 'the checks', schema: VerifyResult },
        404: { description: 'no such capture' },
      },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const deps = c.get('deps');
      const row = await visibleCapture(deps.db, auth, c.req.valid('param').id);
      return c.json(await verifyCapture(deps, row), 200);
    },
  )
  .get(
    '/:id/export',
    route({
      roles: exporters,
      summary: 'Evidence package (ZIP) for offline verification with `vigil verify` (a custody event); legal and admin',
      params: CaptureParam,
      responses: {
        200: { description: 'ZIP', contentType: 'application/zip' },
        404: { description: 'no such capture' },
        409: { description: 'a named check failed (log_inclusion_failed, artefact_digest_failed, manifest_signature_failed): nothing exported or logged' },
      },
    }),
    async (c) => {
      const auth = requireAuth(c);
      const deps = c.get('deps');
      const row = await visibleCapture(deps.db, auth, c.req.valid('param').id);
      const zip = await exportPackage(deps, row, () => recordCustody(deps, row.id, 'exported', auth.user.id));
      c.header('Content-Type', 'application/zip');
      c.header('Content-Disposition', `attachment; filename="vigil-capture-${row.id}.zip"`);
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(zip as Uint8Array<ArrayBuffer>, 200);
    },
  );
