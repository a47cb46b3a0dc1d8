import { asc, eq } from 'drizzle-orm';
import type { Check, Manifest } from '@vigil/shared/schemas/capture';
import { reachOf, type Reach } from '@vigil/shared/evidence/reach';
import { captures } from '../db/schema/captures.ts';
import { devices } from '../db/schema/devices.ts';
import { tsaTokens } from '../db/schema/tsa-tokens.ts';
import { users } from '../db/schema/users.ts';
import { inclusionProof, latestTreeHead, treeHeadAt } from '../evidence/ledger.ts';
import { artefactsOf, readArtefact } from '../evidence/store.ts';
import { tokenInfo } from '../evidence/tsa.ts';
import { verifyCapture } from '../evidence/verify.ts';
import type { AppDeps } from '../lib/context.ts';
import { environmentRows, type EnvRow } from './environment-rows.ts';
import { sm3Hex, sm3OfChunks } from './sm3.ts';
import { thumbnailOf } from './thumbnails.ts';

type CaptureRow = typeof captures.$inferSelect;

/** Everything the 取证报告 prints about one capture: a plain structure, so the PDF writer never touches the database. */
export interface CaptureReportData {
  id: string;
  kind: 'unit' | 'page';
  manifest: Manifest;
  manifestBytes: Uint8Array;
  manifestSha256: string;
  /** SM3 of the same manifest bytes (null where Node's OpenSSL lacks SM3). */
  manifestSm3: string | null;
  signature: string;
  capturer: { id: string; name: string; role: string };
  device: { id: string; name: string; keyThumbprint: string; registeredAt: string };
  times: { startedAt: string; finishedAt: string; clockOffsetMs: number | null; receivedAt: string };
  timestamps: { tsa: string; status: string; genTime: string | null; serial: string | null; policy: string | null; tokenSha256: string | null }[];
  environment: EnvRow[];
  page: { platform: string | null; url: string; title: string; permalink: string | null; account: string | null; uid: string | null; accountUrl: string | null; publishedAt: string | null; text: string | null; unitKind: string | null };
  reach: Reach | null;
  artefacts: { name: string; type: string; size: number; sha256: string; sm3: string | null; provenance: string }[];
  /** Screenshot thumbnails (RGB PNG), the post's own clip first; the originals are listed in `artefacts`. */
  images: { name: string; bytes: Uint8Array }[];
  log: { leafIndex: number; leafHash: string; path: string[]; head: { size: number; rootHash: string; timestamp: string; signature: string }; receiptHead: { size: number; rootHash: string; timestamp: string } | null };
  checks: Check[];
  checkedAt: string;
}

async function readAll(deps: AppDeps, sha256: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of readArtefact(deps.db, sha256)) parts.push(c);
  return Buffer.concat(parts);
}

const json = (bytes: Uint8Array): unknown => {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
};
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const IMAGE_ORDER = ['unit.png', 'viewport.png', 'fullpage.png', 'fullpage-1.png'];

/** `images`: how many screenshots to show (a case report shows the post's clip only; the package has the rest). */
export async function captureReportData(deps: AppDeps, row: CaptureRow, opts: { images?: number } = {}): Promise<CaptureReportData> {
  const manifest = JSON.parse(new TextDecoder().decode(row.manifest)) as Manifest;
  const [[user], [device], tokens, artefacts, verify] = await Promise.all([
    deps.db.select().from(users).where(eq(users.id, row.userId)).limit(1),
    deps.db.select().from(devices).where(eq(devices.id, row.deviceId)).limit(1),
    deps.db.select().from(tsaTokens).where(eq(tsaTokens.captureId, row.id)).orderBy(asc(tsaTokens.tsaUrl)),
    artefactsOf(deps.db, row.id),
    verifyCapture(deps, row),
  ]);
  const byName = new Map(artefacts.map((a) => [a.name, a]));
  const unitEntry = byName.get('unit.json');
  const envEntry = byName.get('environment.json');
  const unit = (unitEntry ? json(await readAll(deps, unitEntry.sha256)) : null) as Record<string, unknown> | null;
  const env = envEntry ? json(await readAll(deps, envEntry.sha256)) : null;
  const author = (unit?.author ?? null) as Record<string, unknown> | null;
  const images: CaptureReportData['images'] = [];
  for (const name of IMAGE_ORDER) {
    const a = byName.get(name);
    if (a && a.type === 'image/png' && images.length < (opts.images ?? 2)) images.push({ name, bytes: await thumbnailOf(a.sha256, () => readAll(deps, a.sha256)) });
  }
  // SM3 of the stored bytes, as the SHA-256 checks read them (a capture's artefacts are few; the report is on demand).
  const sm3 = new Map<string, string | null>();
  for (const a of artefacts) sm3.set(a.name, await sm3OfChunks(readArtefact(deps.db, a.sha256)));
  const head = await latestTreeHead(deps.db);
  if (!head) throw new Error('evidence log is empty');
  const proof = await inclusionProof(deps.db, row.logIndex, head.size);
  const receiptHead = await treeHeadAt(deps.db, row.logIndex + 1);
  return {
    id: row.id,
    kind: row.kind,
    manifest,
    manifestBytes: new Uint8Array(row.manifest),
    manifestSha256: row.manifestSha256,
    manifestSm3: sm3Hex(row.manifest),
    signature: row.signature,
    capturer: { id: row.userId, name: user?.name ?? manifest.capturer.name, role: user?.role ?? '' },
    device: { id: row.deviceId, name: device?.name ?? '', keyThumbprint: device?.keyThumbprint ?? manifest.device.keyThumbprint, registeredAt: device?.createdAt.toISOString() ?? '' },
    times: { startedAt: manifest.times.startedAt, finishedAt: manifest.times.finishedAt, clockOffsetMs: manifest.times.clockOffsetMs ?? null, receivedAt: row.receivedAt.toISOString() },
    timestamps: tokens.map((t) => {
      const info = t.token ? tokenInfo(new Uint8Array(t.token)) : null;
      return { tsa: t.tsaUrl, status: t.status, genTime: t.genTime, serial: info?.serial ?? null, policy: info?.policy ?? null, tokenSha256: info?.sha256 ?? null };
    }),
    environment: environmentRows(env, manifest),
    page: {
      platform: manifest.unit?.platform ?? row.platform,
      url: manifest.page.url,
      title: manifest.page.title,
      permalink: manifest.unit?.permalink ?? str(unit?.permalink),
      account: str(author?.name),
      uid: str(author?.id),
      accountUrl: str(author?.url),
      publishedAt: str(unit?.publishedAt),
      text: str(unit?.text),
      unitKind: str(unit?.kind),
    },
    reach: reachOf(unit),
    artefacts: manifest.artefacts.map((a) => ({ name: a.name, type: a.type, size: a.size, sha256: a.sha256, sm3: sm3.get(a.name) ?? null, provenance: a.provenance })),
    images,
    log: { leafIndex: row.logIndex, leafHash: proof.leaf, path: proof.path, head, receiptHead: receiptHead ? { size: receiptHead.size, rootHash: receiptHead.rootHash, timestamp: receiptHead.timestamp } : null },
    checks: verify.checks,
    checkedAt: deps.clock.now().toISOString(),
  };
}
