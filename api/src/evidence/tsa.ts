import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { Check } from '@vigil/shared/schemas/capture';
import { fromHex, toHex } from '@vigil/shared/evidence/bytes';
import { captures } from '../db/schema/captures.ts';
import { tsaTokens } from '../db/schema/tsa-tokens.ts';
import type { AppDeps } from '../lib/context.ts';

/**
 * RFC 3161 time-stamps over the manifest digest (issue 6). TSAs are called from the API (they rarely allow CORS);
 * one that is down leaves a `pending` row that retryPendingTimestamps() tries again later.
 */
const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const TIMESTAMPING_EKU = '1.3.6.1.5.5.7.3.8';
export const TSA_TIMEOUT_MS = 5000;
const MAX_ATTEMPTS = 20;

const ab = (b: Uint8Array): ArrayBuffer => b.slice().buffer as ArrayBuffer;

export function timeStampRequest(digest: Uint8Array): Uint8Array {
  const req = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID }),
      hashedMessage: new asn1js.OctetString({ valueHex: ab(digest) }),
    }),
    nonce: new asn1js.Integer({ valueHex: ab(new Uint8Array(randomBytes(8)).map((b, i) => (i === 0 ? b & 0x7f : b))) }),
    certReq: true,
  });
  return new Uint8Array(req.toSchema().toBER(false));
}

interface ParsedToken {
  signed: pkijs.SignedData;
  info: pkijs.TSTInfo;
}

function parseResponse(der: Uint8Array): ParsedToken {
  const resp = pkijs.TimeStampResp.fromBER(ab(der));
  if (resp.status.status > 1 || !resp.timeStampToken) throw new Error(`TSA refused: status ${resp.status.status}`);
  const signed = new pkijs.SignedData({ schema: resp.timeStampToken.content });
  const content = signed.encapContentInfo.eContent;
  if (!content) throw new Error('time-stamp token has no TSTInfo');
  const info = pkijs.TSTInfo.fromBER(content.getValue());
  return { signed, info };
}

/** What a 取证报告 prints about a stored token (issue 10): its serial, policy and genTime, and the .tsr file's SHA-256. */
export function tokenInfo(der: Uint8Array): { serial: string; policy: string; genTime: string; sha256: string } | null {
  try {
    const { info } = parseResponse(der);
    return { serial: toHex(new Uint8Array(info.serialNumber.valueBlock.valueHexView)), policy: info.policy, genTime: info.genTime.toISOString(), sha256: createHash('sha256').update(der).digest('hex') };
  } catch {
    return null;
  }
}

/** Asks one TSA for a token over `digestHex`; throws when it cannot be reached or answers nonsense. */
export async function requestTimestamp(url: string, digestHex: string, timeoutMs = TSA_TIMEOUT_MS): Promise<{ der: Uint8Array; genTime: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
    body: Buffer.from(timeStampRequest(fromHex(digestHex))),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!res.ok) throw new Error(`TSA answered HTTP ${res.status}`);
  const der = new Uint8Array(await res.arrayBuffer());
  const { info } = parseResponse(der);
  if (toHex(new Uint8Array(info.messageImprint.hashedMessage.getValue())) !== digestHex) throw new Error('TSA stamped a different digest');
  return { der, genTime: info.genTime.toISOString() };
}

/**
 * Full check of a stored response: imprint equals the manifest digest, the CMS signature verifies with the TSA's
 * certificate, that certificate is for time-stamping, and — when trust anchors are given — it chains to one of them.
 */
export async function checkTimestamp(der: Uint8Array, manifestBytes: Uint8Array, subject: string, trusted: pkijs.Certificate[] = []): Promise<Check> {
  const manifestSha256 = createHash('sha256').update(manifestBytes).digest('hex');
  const base = { name: 'tsa-token' as const, subject, expected: manifestSha256 };
  try {
    const { signed, info } = parseResponse(der);
    const imprint = toHex(new Uint8Array(info.messageImprint.hashedMessage.getValue()));
    if (imprint !== manifestSha256) return { ...base, ok: false, actual: imprint, detail: 'token stamps a different digest' };
    const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
    // pkijs re-hashes `data` against the token's imprint (TSTInfo content), so it gets the manifest bytes themselves.
    const result = await signed.verify({ signer: 0, data: ab(manifestBytes), checkChain: trusted.length > 0, trustedCerts: trusted, extendedMode: true });
    if (!result.signatureVerified) return { ...base, ok: false, actual: imprint, detail: 'TSA signature does not verify' };
    const signer = result.signerCertificate ?? certs[0];
    const eku = signer?.extensions?.find((e) => e.extnID === '2.5.29.37');
    const purposes = (eku?.parsedValue as { keyPurposes?: string[] } | undefined)?.keyPurposes ?? [];
    if (!purposes.includes(TIMESTAMPING_EKU)) return { ...base, ok: false, actual: imprint, detail: 'signer certificate is not for time-stamping' };
    const chain = trusted.length ? 'chain verified' : 'chain not checked (no trust anchor given)';
    return { ...base, ok: true, actual: imprint, detail: `genTime ${info.genTime.toISOString()}; ${chain}` };
  } catch (err) {
    return { ...base, ok: false, detail: `token unreadable or invalid: ${(err as Error).message ?? err}` };
  }
}

export function parseCertificatesPem(pem: string): pkijs.Certificate[] {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/g)].map((m) =>
    pkijs.Certificate.fromBER(ab(new Uint8Array(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')))),
  );
}

/**
 * Wait before the next try of a pending token: 1, 2, 4 … minutes after the last, at most 6 h, so 20 attempts span
 * about three days of an authority being unreachable before the token is marked failed (issue 15).
 */
export const retryDelayMs = (attempts: number) => (attempts <= 0 ? 0 : Math.min(2 ** (attempts - 1) * 60_000, 6 * 3600_000));

/** A pending token row per configured TSA for a capture, for `serve`'s minute retry (or the call below) to fill. */
export async function queueTimestamps(deps: AppDeps, captureId: string): Promise<void> {
  if (!deps.config.tsaUrls.length) return;
  const values = deps.config.tsaUrls.map((tsaUrl) => ({ captureId, tsaUrl, status: 'pending' as const, updatedAt: deps.clock.now() }));
  await deps.db.insert(tsaTokens).values(values).onConflictDoNothing();
}

/**
 * Requests the missing tokens: for one capture (right after upload: a row per configured TSA) or, without a
 * capture id, every pending row whose retry is due (called every minute by `serve`). Each authority is asked one
 * request at a time (public TSAs ask scripts not to burst). Never throws; failures stay pending.
 */
export async function retryPendingTimestamps(deps: AppDeps, opts: { captureId?: string; timeoutMs?: number } = {}): Promise<void> {
  const { db, clock, config } = deps;
  if (!config.tsaUrls.length) return;
  if (opts.captureId) await queueTimestamps(deps, opts.captureId);
  const where = opts.captureId ? and(eq(tsaTokens.captureId, opts.captureId), eq(tsaTokens.status, 'pending')) : eq(tsaTokens.status, 'pending');
  const now = clock.now().getTime();
  const rows = (
    await db
      .select({ captureId: tsaTokens.captureId, tsaUrl: tsaTokens.tsaUrl, attempts: tsaTokens.attempts, updatedAt: tsaTokens.updatedAt, digest: captures.manifestSha256 })
      .from(tsaTokens)
      .innerJoin(captures, eq(captures.id, tsaTokens.captureId))
      .where(and(where, inArray(tsaTokens.tsaUrl, config.tsaUrls)))
      .orderBy(asc(tsaTokens.updatedAt))
      .limit(500)
  )
    .filter((r) => opts.captureId || now - r.updatedAt.getTime() >= retryDelayMs(r.attempts))
    .slice(0, 100);
  const ask = async (r: (typeof rows)[number]) => {
    const key = and(eq(tsaTokens.captureId, r.captureId), eq(tsaTokens.tsaUrl, r.tsaUrl));
    try {
      const { der, genTime } = await requestTimestamp(r.tsaUrl, r.digest, opts.timeoutMs);
      await db.update(tsaTokens).set({ status: 'granted', token: Buffer.from(der), genTime, attempts: r.attempts + 1, lastError: null, updatedAt: clock.now() }).where(key);
    } catch (err) {
      const status = r.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending';
      await db.update(tsaTokens).set({ status, attempts: r.attempts + 1, lastError: String((err as Error).message ?? err).slice(0, 500), updatedAt: clock.now() }).where(key);
    }
  };
  await Promise.all(
    config.tsaUrls.map(async (url) => {
      for (const r of rows.filter((x) => x.tsaUrl === url)) await ask(r);
    }),
  );
}

/** One `tsa-token` check per granted token of a capture. */
export async function tokenChecks(deps: AppDeps, captureId: string, manifestBytes: Uint8Array): Promise<Check[]> {
  const rows = await deps.db.select().from(tsaTokens).where(and(eq(tsaTokens.captureId, captureId), eq(tsaTokens.status, 'granted')));
  return Promise.all(rows.map((r) => checkTimestamp(new Uint8Array(r.token ?? []), manifestBytes, r.tsaUrl)));
}
