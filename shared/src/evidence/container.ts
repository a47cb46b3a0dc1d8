import { CAPTURE_UPLOAD, type UploadPartHeader } from '../schemas/capture.ts';
import { utf8 } from './platform.ts';

/** Header bytes of one part: u32 big-endian length, then the JSON header. */
export function partHeaderBytes(header: UploadPartHeader): Uint8Array {
  const json = utf8(JSON.stringify(header));
  const out = new Uint8Array(4 + json.length);
  new DataView(out.buffer).setUint32(0, json.length);
  out.set(json, 4);
  return out;
}

export interface UploadInput<B> {
  manifestBytes: Uint8Array;
  /** base64 raw r‖s, as `signManifest` returns it. */
  signature: string;
  deviceId: string;
  /** Bodies pass through untouched (Uint8Array, or a Blob in the extension); `size` must be their byte length. */
  artefacts: { name: string; size: number; body: B }[];
}

/**
 * The body of `POST /api/captures` as a list of pieces, in order (format: CAPTURE_UPLOAD in schemas/capture.ts).
 * In the extension: `new Blob(encodeCaptureUpload({...}))` and send it with Content-Type CAPTURE_UPLOAD.contentType.
 */
export function encodeCaptureUpload<B>(input: UploadInput<B>): (Uint8Array | B)[] {
  const sig = utf8(input.signature);
  const dev = utf8(input.deviceId);
  const out: (Uint8Array | B)[] = [
    utf8(CAPTURE_UPLOAD.magic),
    partHeaderBytes({ field: 'manifest', size: input.manifestBytes.length }),
    input.manifestBytes,
    partHeaderBytes({ field: 'signature', size: sig.length }),
    sig,
    partHeaderBytes({ field: 'deviceId', size: dev.length }),
    dev,
  ];
  for (const a of input.artefacts) out.push(partHeaderBytes({ artefact: a.name, size: a.size }), a.body);
  return out;
}
