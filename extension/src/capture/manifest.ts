import type { ArtefactEntry, Manifest } from '@vigil/shared/schemas/capture';
import { MANIFEST_VERSION } from '@vigil/shared/schemas/capture';
import { buildManifest, describeArtefact, type BuiltManifest } from '@vigil/shared/evidence/manifest';
import { signManifest } from '@vigil/shared/evidence/signature';
import type { OutboxArtefact } from './outbox.ts';

/** One file of a capture before it is described: bytes and what they are. */
export interface Artefact extends OutboxArtefact {
  provenance: ArtefactEntry['provenance'];
}

export interface ManifestInput {
  captureId: string;
  kind: Manifest['kind'];
  page: { url: string; title: string };
  unit?: Manifest['unit'];
  capturer: Manifest['capturer'];
  device: Manifest['device'];
  startedAt: Date;
  finishedAt: Date;
  clockOffsetMs?: number | undefined;
  notes: Manifest['notes'];
}

/**
 * The canonical (RFC 8785) manifest of a capture, with every artefact's size and SHA-256 taken from its bytes by the
 * shared helpers, signed with the device key: the API recomputes all of it with the same code.
 */
export async function sealCapture(input: ManifestInput, artefacts: Artefact[], privateKey: CryptoKey): Promise<BuiltManifest & { signature: string }> {
  const entries: ArtefactEntry[] = [];
  for (const a of artefacts) entries.push(await describeArtefact(a.name, a.type, a.provenance, new Uint8Array(await a.body.arrayBuffer())));
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    captureId: input.captureId,
    kind: input.kind,
    // Limits of the shared schema; a page title longer than 1 000 characters is cut, the URL is kept whole up to 4 000.
    page: { url: input.page.url.slice(0, 4000), title: input.page.title.slice(0, 1000) },
    ...(input.unit ? { unit: input.unit } : {}),
    capturer: input.capturer,
    device: input.device,
    times: {
      startedAt: input.startedAt.toISOString(),
      finishedAt: input.finishedAt.toISOString(),
      ...(input.clockOffsetMs !== undefined ? { clockOffsetMs: input.clockOffsetMs } : {}),
    },
    artefacts: entries,
    notes: input.notes,
  };
  const built = await buildManifest(manifest);
  return { ...built, signature: await signManifest(privateKey, built.bytes) };
}

export const jsonBlob = (value: unknown) => new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
