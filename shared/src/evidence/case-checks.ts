import { TreeHead } from '../schemas/capture.ts';
import { fromBase64, fromHex, toHex } from './bytes.ts';
import { canonicalBytes } from './canonical-json.ts';
import { LogEntry } from './log-entry.ts';
import { leafHash, verifyInclusion } from './merkle.ts';
import { capturePackageChecks } from './package-checks.ts';
import { CASE_PACKAGE, CASE_TRAILER, capturePackagesOf, type PackageFiles } from './package-layout.ts';
import { fromUtf8, subtle, utf8 } from './platform.ts';
import { sha256Hex } from './sha256.ts';
import { verifyTreeHead, type OkpPublicJwk } from './signature.ts';

/** A check of a case package; `group` names the capture folder a capture check belongs to. */
export interface CaseCheck {
  name: string;
  subject?: string;
  ok: boolean;
  expected?: string;
  actual?: string;
  detail?: string;
  group?: string;
}

export interface CaseManifest {
  version: 1;
  kind: 'vigil-case-package';
  caseId: string;
  number: string;
  title: string;
  exportedAt: string;
  exportedBy: { id: string; name: string };
  files: { name: string; sha256: string; size: number }[];
}

/** One evidence-log entry of the case with its audit path under case-log.json's tree head. */
export interface CaseLogItem {
  index: number;
  entry: string;
  path: string[];
}
export interface CaseLog {
  treeHead: TreeHead;
  hashing: string;
  entries: CaseLogItem[];
}

/** The case record's fields the checks read (case.json). */
interface CaseRecord {
  notes: { text: string; logIndex: number }[];
  captures: { capture: { id: string }; review: { decision: string; reason: string | null; logIndex: number | null } }[];
}

export const caseManifestBytes = (m: CaseManifest): Uint8Array => canonicalBytes(m);

export async function verifyEd25519(key: OkpPublicJwk, signatureB64: string, message: Uint8Array): Promise<boolean> {
  try {
    const k = await subtle().importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: key.x, ext: true }, { name: 'Ed25519' }, true, ['verify']);
    return await subtle().verify({ name: 'Ed25519' }, k, fromBase64(signatureB64.trim()), message);
  } catch {
    return false;
  }
}

const json = <T>(b: Uint8Array | undefined): T => JSON.parse(fromUtf8(b!)) as T;
const short = (id: string) => id.slice(0, 8);

/**
 * Every check of a case package (issue 10), from its files alone: the signed case manifest and each file's digest,
 * the manifest's and every review/note event's inclusion in the evidence log, notes and review decisions against
 * their log entries, then each capture package inside. Runs in `vigil verify` and in verify.html alike.
 */
export async function casePackageChecks(files: PackageFiles, opts: { logKey?: OkpPublicJwk | undefined } = {}): Promise<{ checks: CaseCheck[]; problems: string[]; logKey?: OkpPublicJwk }> {
  const need = [CASE_PACKAGE.manifest, CASE_PACKAGE.signature, CASE_PACKAGE.log, CASE_PACKAGE.record];
  const missing = need.filter((n) => !files[n]);
  if (missing.length) return { checks: [], problems: [`案件证据包缺少文件 / Case package lacks: ${missing.join(', ')}`] };
  let manifest: CaseManifest, log: CaseLog, record: CaseRecord, logKey: OkpPublicJwk;
  try {
    manifest = json<CaseManifest>(files[CASE_PACKAGE.manifest]);
    log = json<CaseLog>(files[CASE_PACKAGE.log]);
    log.treeHead = TreeHead.parse(log.treeHead);
    record = json<CaseRecord>(files[CASE_PACKAGE.record]);
    logKey = opts.logKey ?? json<OkpPublicJwk>(files[CASE_PACKAGE.logJwk]);
  } catch {
    return { checks: [], problems: ['案件清单、日志或记录无法读取 / Case manifest, log or record unreadable'] };
  }
  const checks: CaseCheck[] = [];
  const manifestBytes = files[CASE_PACKAGE.manifest]!;
  const manifestSha256 = await sha256Hex(manifestBytes);
  checks.push({ name: 'case-manifest-signature', subject: manifest.number, ok: await verifyEd25519(logKey, fromUtf8(files[CASE_PACKAGE.signature]!), manifestBytes), actual: manifestSha256 });

  const present = Object.keys(files).filter((n) => !n.endsWith('/') && !CASE_TRAILER.includes(n)).sort();
  const listed = manifest.files.map((f) => f.name);
  const extra = present.filter((n) => !listed.includes(n));
  const absent = listed.filter((n) => !files[n]);
  checks.push({ name: 'case-file-set', ok: !extra.length && !absent.length, actual: `${present.length}`, expected: `${listed.length}`, ...(extra.length || absent.length ? { detail: `missing: ${absent.join(', ') || '-'}; not in manifest: ${extra.join(', ') || '-'}` } : {}) });
  for (const f of manifest.files) {
    const bytes = files[f.name];
    const actual = bytes ? await sha256Hex(bytes) : 'missing';
    checks.push({ name: 'case-file-digest', subject: f.name, ok: actual === f.sha256 && bytes?.length === f.size, expected: f.sha256, actual });
  }

  checks.push({ name: 'tree-head-signature', subject: `case log, size ${log.treeHead.size}`, ok: await verifyTreeHead(log.treeHead, logKey), detail: 'Ed25519' });
  const entries = new Map<number, LogEntry | undefined>();
  for (const item of log.entries) {
    let included = false;
    try {
      included = verifyInclusion(leafHash(utf8(item.entry)), item.index, log.treeHead.size, item.path.map(fromHex), fromHex(log.treeHead.rootHash));
    } catch {
      included = false;
    }
    const parsed = LogEntry.safeParse(JSON.parse(item.entry));
    entries.set(item.index, included && parsed.success ? parsed.data : undefined);
    const e = parsed.success ? parsed.data : undefined;
    checks.push({ name: 'case-log-inclusion', subject: `#${item.index} ${e?.type === 'capture' ? 'capture' : (e?.event ?? '?')}`, ok: included && parsed.success, expected: log.treeHead.rootHash, actual: toHex(leafHash(utf8(item.entry))) });
  }
  const logged = [...entries.values()].some((e) => e?.type === 'case' && e.event === 'exported' && e.caseId === manifest.caseId && e.sha256 === manifestSha256);
  checks.push({ name: 'case-manifest-logged', subject: manifest.number, ok: logged, expected: manifestSha256 });

  for (const note of record.notes) {
    const e = entries.get(note.logIndex);
    const digest = await sha256Hex(utf8(note.text));
    checks.push({ name: 'note-digest', subject: `#${note.logIndex}`, ok: e?.type === 'case' && e.event === 'note' && e.sha256 === digest, expected: e?.type === 'case' ? e.sha256 : 'no log entry', actual: digest });
  }
  for (const m of record.captures) {
    if (m.review.logIndex === null) continue;
    const e = entries.get(m.review.logIndex);
    let said: { decision?: string; reason?: string } = {};
    try {
      said = e?.type === 'custody' && e.detail ? (JSON.parse(e.detail) as typeof said) : {};
    } catch {
      said = {};
    }
    const ok = e?.type === 'custody' && e.event === 'reviewed' && e.captureId === m.capture.id && said.decision === m.review.decision && (said.reason ?? null) === m.review.reason;
    checks.push({ name: 'review-record', subject: `${short(m.capture.id)} ${m.review.decision}`, ok, expected: `${m.review.decision} ${m.review.reason ?? ''}`.trim(), actual: `${said.decision ?? '-'} ${said.reason ?? ''}`.trim() });
  }

  for (const [folder, inner] of capturePackagesOf(files)) {
    const result = await capturePackageChecks(inner, { logKey });
    for (const p of result.problems) checks.push({ name: 'artefact-set', group: folder, ok: false, detail: p });
    for (const c of result.checks) checks.push({ ...c, group: folder });
  }
  return { checks, problems: [], logKey };
}
