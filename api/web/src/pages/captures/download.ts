import { ApiError, ok } from '../../api.ts';

/** The URL of one artefact: the API serves it as an attachment (nosniff, CSP sandbox), never as a page of ours. */
export const artefactUrl = (captureId: string, name: string) =>
  `/api/captures/${encodeURIComponent(captureId)}/artefacts/${encodeURIComponent(name)}`;

/** The artefact's bytes, for reading (unit.json) or showing an image; API errors become ApiError. */
export async function fetchArtefact(captureId: string, name: string): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(artefactUrl(captureId, name), { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'unreachable', '无法连接服务器 / Cannot reach the server');
  }
  if (!res.ok) await ok(Promise.resolve(res));
  return res.blob();
}

/** The raster type the bytes themselves start with (PNG, JPEG or WebP signature), or null. */
export function rasterTypeOf(head: Uint8Array): string | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => head[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/**
 * An image artefact as an object URL, only when its bytes are a raster image. The API serves every artefact as
 * application/octet-stream (issue 15), so the type comes from the file's own signature: anything else (MHTML, HTML,
 * SVG, JSON) is hostile captured content that must never be rendered in the workspace's origin.
 */
export async function imageUrl(captureId: string, name: string): Promise<string | null> {
  const blob = await fetchArtefact(captureId, name);
  const type = rasterTypeOf(new Uint8Array(await blob.slice(0, 12).arrayBuffer()));
  if (!type) return null;
  return URL.createObjectURL(new Blob([blob], { type }));
}

/** Hands a blob to the browser's download manager under `name` (the `download` attribute: never navigated to). */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
