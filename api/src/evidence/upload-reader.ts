import { createHash } from 'node:crypto';
import { CAPTURE_UPLOAD, UploadPartHeader } from '@vigil/shared/schemas/capture';
import { ApiError, errors } from '../lib/errors.ts';
import { CHUNK_BYTES, type ReceivedArtefact } from './store.ts';

export const malformed = (message: string) => new ApiError(400, 'malformed_upload', `上传格式错误 / Malformed upload — ${message}`);

/**
 * Reads a VGC1 upload (format: CAPTURE_UPLOAD in shared/src/schemas/capture.ts) from the request stream, part by
 * part, never buffering more than the part being read. Every part's size is known from its header before its bytes
 * are read, so limits are enforced before the bytes arrive; a body longer than it claims is refused too.
 */
export class UploadReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private pending: Uint8Array = new Uint8Array(0);
  private ended = false;
  private received = 0;

  constructor(stream: ReadableStream<Uint8Array>, private readonly maxBytes: number) {
    this.reader = stream.getReader();
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const { value, done } = await this.reader.read();
    if (done) {
      this.ended = true;
      return false;
    }
    this.received += value.length;
    if (this.received > this.maxBytes) throw errors.tooLarge(`上传超过 ${this.maxBytes} 字节 / Upload exceeds ${this.maxBytes} bytes`);
    this.pending = this.pending.length ? Buffer.concat([this.pending, value]) : value;
    return true;
  }

  /** Up to `max` buffered bytes, pulling more when empty; an empty result means end of body. */
  private async take(max: number): Promise<Uint8Array> {
    while (this.pending.length === 0) if (!(await this.pull())) return new Uint8Array(0);
    const out = this.pending.subarray(0, max);
    this.pending = this.pending.subarray(out.length);
    return out;
  }

  async readExact(n: number, what: string): Promise<Uint8Array> {
    const out = new Uint8Array(n);
    for (let at = 0; at < n; ) {
      const piece = await this.take(n - at);
      if (piece.length === 0) throw malformed(`${what}: body ended early`);
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  }

  async atEnd(): Promise<boolean> {
    while (this.pending.length === 0) if (!(await this.pull())) return true;
    return false;
  }

  async readMagic(): Promise<void> {
    const magic = new TextDecoder().decode(await this.readExact(4, 'magic'));
    if (magic !== CAPTURE_UPLOAD.magic) throw malformed(`expected "${CAPTURE_UPLOAD.magic}" at the start`);
  }

  async readHeader(): Promise<UploadPartHeader> {
    const len = new DataView((await this.readExact(4, 'part header length')).buffer).getUint32(0);
    if (len === 0 || len > CAPTURE_UPLOAD.maxHeaderBytes) throw malformed(`part header length ${len}`);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await this.readExact(len, 'part header')));
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw malformed('part header is not JSON');
    }
    const parsed = UploadPartHeader.safeParse(json);
    if (!parsed.success) throw malformed(`bad part header ${JSON.stringify(json).slice(0, 120)}`);
    return parsed.data;
  }

  /** A named field part of at most `max` bytes. */
  async readField(field: 'manifest' | 'signature' | 'deviceId', max: number): Promise<Uint8Array> {
    const h = await this.readHeader();
    if (!('field' in h) || h.field !== field) throw malformed(`expected the "${field}" part next`);
    if (h.size > max) throw errors.tooLarge(`${field} 超过 ${max} 字节 / ${field} larger than ${max} bytes`);
    return this.readExact(h.size, field);
  }

  /** An artefact body of exactly `size` bytes, hashed while it streams in and kept as ≤ 1 MiB chunks. */
  async readArtefact(name: string, size: number): Promise<ReceivedArtefact> {
    const hash = createHash('sha256');
    const chunks: Uint8Array[] = [];
    let current: Uint8Array[] = [];
    let currentLen = 0;
    for (let left = size; left > 0; ) {
      const piece = await this.take(Math.min(left, CHUNK_BYTES - currentLen));
      if (piece.length === 0) throw malformed(`artefact ${name}: body ended early`);
      hash.update(piece);
      current.push(piece);
      currentLen += piece.length;
      left -= piece.length;
      if (currentLen === CHUNK_BYTES || left === 0) {
        chunks.push(Buffer.concat(current));
        current = [];
        currentLen = 0;
      }
    }
    if (size === 0) chunks.push(new Uint8Array(0));
    return { name, size, sha256: hash.digest('hex'), chunks };
  }

  /**
   * The answer is decided (stored, refused or a duplicate): read and discard what the client is still sending, so
   * the answer reaches it on a clean connection instead of a reset one. Past the body limit, just stop reading.
   */
  async finish(): Promise<void> {
    this.pending = new Uint8Array(0);
    try {
      while (!this.ended) {
        const { value, done } = await this.reader.read();
        if (done) this.ended = true;
        else if ((this.received += value.length) > this.maxBytes) break;
      }
    } catch {
      // the client went away; nothing to answer
    }
    if (!this.ended) await this.reader.cancel().catch(() => undefined);
  }
}
