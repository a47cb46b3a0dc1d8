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

/**
 * An image artefact as an object URL, only when the API itself labelled it a raster image: anything else (MHTML,
 * HTML, SVG, JSON) is hostile captured content that must never be rendered in the workspace's origin.
 */
export async function imageUrl(captureId: string, name: string): Promise<string | null> {
  const blob = await fetchArtefact(captureId, name);
  if (!/^image\/(png|jpeg|webp)$/i.test(blob.type)) return null;
  return URL.createObjectURL(blob);
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
