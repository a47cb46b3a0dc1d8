import { Manifest, type ArtefactEntry } from '../schemas/capture.ts';
import { canonicalBytes, canonicalize } from './canonical-json.ts';
import { fromUtf8 } from './platform.ts';
import { sha256Hex } from './sha256.ts';

/** Describe one artefact for the manifest: its size and digest come from the bytes themselves. */
export async function describeArtefact(
  name: string,
  type: string,
  provenance: ArtefactEntry['provenance'],
  bytes: Uint8Array,
): Promise<ArtefactEntry> {
  return { name, type, size: bytes.length, sha256: await sha256Hex(bytes), provenance };
}

export interface BuiltManifest {
  manifest: Manifest;
  /** The canonical bytes: what is uploaded, signed and hashed. */
  bytes: Uint8Array;
  sha256: string;
}

/** Validates and canonicalises a manifest; throws a readable error when a field is wrong. */
export async function buildManifest(input: Manifest): Promise<BuiltManifest> {
  const parsed = Manifest.safeParse(input);
  if (!parsed.success) throw new Error(`manifest invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const bytes = canonicalBytes(input);
  return { manifest: input, bytes, sha256: await sha256Hex(bytes) };
}

export type ManifestParse = { ok: true; manifest: Manifest } | { ok: false; reason: string };

/**
 * Reads uploaded manifest bytes. They must already be canonical: the bytes signed and hashed are the bytes stored,
 * and re-serialising could otherwise give a different digest from the one the device signed.
 */
export function parseManifestBytes(bytes: Uint8Array): ManifestParse {
  let text: string;
  let value: unknown;
  try {
    text = fromUtf8(bytes);
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'manifest is not UTF-8 JSON' };
  }
  try {
    if (canonicalize(value) !== text) return { ok: false, reason: 'manifest is not RFC 8785 canonical JSON' };
  } catch (err) {
    return { ok: false, reason: `manifest cannot be canonicalised: ${(err as Error).message}` };
  }
  const parsed = Manifest.safeParse(value);
  if (!parsed.success) {
    return { ok: false, reason: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'manifest'}: ${i.message}`).join('; ') };
  }
  return { ok: true, manifest: value as Manifest };
}
