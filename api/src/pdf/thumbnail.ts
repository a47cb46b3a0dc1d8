import { deflateSync, inflateSync } from 'node:zlib';

/**
 * Screenshot thumbnails for PDFs (issue 10 bench): pdfkit decodes an RGBA PNG pixel by pixel in JavaScript to split
 * off the alpha channel (~250 ms for a 1280×800 captureVisibleTab shot), and embeds it at full size. Here native zlib
 * inflates it, the rows are unfiltered once, alpha is dropped (screenshots are opaque), the image is box-averaged
 * down to at most `maxWidth` pixels, and it is re-encoded as an RGB PNG that pdfkit embeds without decoding.
 * Anything but 8-bit, non-interlaced RGB/RGBA is returned unchanged (pdfkit handles it, slowly).
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes one row's PNG filter into `out` (RFC 2083 §6), one tight loop per filter type. */
function unfilterRow(raw: Uint8Array, at: number, out: Uint8Array, row: number, stride: number, bpp: number, hasUp: boolean): void {
  const filter = raw[at]!;
  const src = at + 1;
  const up = row - stride;
  if (filter === 0 || (filter === 2 && !hasUp)) {
    out.set(raw.subarray(src, src + stride), row);
  } else if (filter === 1 || (filter === 4 && !hasUp)) {
    for (let i = 0; i < bpp; i++) out[row + i] = raw[src + i]!;
    for (let i = bpp; i < stride; i++) out[row + i] = (raw[src + i]! + out[row + i - bpp]!) & 0xff;
  } else if (filter === 2) {
    for (let i = 0; i < stride; i++) out[row + i] = (raw[src + i]! + out[up + i]!) & 0xff;
  } else if (filter === 3) {
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? out[row + i - bpp]! : 0;
      const b = hasUp ? out[up + i]! : 0;
      out[row + i] = (raw[src + i]! + ((a + b) >> 1)) & 0xff;
    }
  } else {
    for (let i = 0; i < bpp; i++) out[row + i] = (raw[src + i]! + out[up + i]!) & 0xff;
    for (let i = bpp; i < stride; i++) out[row + i] = (raw[src + i]! + paeth(out[row + i - bpp]!, out[up + i]!, out[up + i - bpp]!)) & 0xff;
  }
}

interface Decoded {
  width: number;
  height: number;
  /** Bytes per pixel: 3 (RGB) or 4 (RGBA). */
  bpp: number;
  pixels: Uint8Array;
}

function decode(png: Uint8Array): Decoded | null {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const idat: Uint8Array[] = [];
  let width = 0, height = 0, bpp = 0;
  for (let off = 8; off + 8 <= png.length; ) {
    const len = view.getUint32(off);
    const type = String.fromCharCode(...png.subarray(off + 4, off + 8));
    const data = png.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(off + 8);
      height = view.getUint32(off + 12);
      const [depth, color, , , interlace] = data.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (color !== 2 && color !== 6)) return null;
      bpp = color === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    off += 12 + len;
  }
  if (!width || !height || !bpp || !idat.length) return null;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  if (raw.length < (stride + 1) * height) return null;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) unfilterRow(raw, y * (stride + 1), pixels, y * stride, stride, bpp, y > 0);
  return { width, height, bpp, pixels };
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  let c = 0xffffffff;
  for (let i = 4; i < 8 + data.length; i++) c = CRC[(c ^ out[i]!) & 0xff]! ^ (c >>> 8);
  out.writeUInt32BE((c ^ 0xffffffff) >>> 0, 8 + data.length);
  return out;
}

/** An opaque RGB PNG at most `maxWidth` wide, or the input unchanged when it is not a PNG this can read. */
export function thumbnailPng(png: Uint8Array, maxWidth: number): Uint8Array {
  const img = decode(png);
  if (!img) return png;
  const f = Math.max(1, Math.ceil(img.width / maxWidth));
  const w = Math.max(1, Math.floor(img.width / f));
  const h = Math.max(1, Math.floor(img.height / f));
  const raw = Buffer.alloc((w * 3 + 1) * h);
  const n = f * f;
  for (let y = 0; y < h; y++) {
    const dst = y * (w * 3 + 1);
    for (let x = 0; x < w; x++) {
      let r = 0, g = 0, b = 0;
      for (let dy = 0; dy < f; dy++) {
        let p = ((y * f + dy) * img.width + x * f) * img.bpp;
        for (let dx = 0; dx < f; dx++, p += img.bpp) {
          r += img.pixels[p]!;
          g += img.pixels[p + 1]!;
          b += img.pixels[p + 2]!;
        }
      }
      raw[dst + 1 + x * 3] = Math.round(r / n);
      raw[dst + 2 + x * 3] = Math.round(g / n);
      raw[dst + 3 + x * 3] = Math.round(b / n);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([Buffer.from(SIGNATURE), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', new Uint8Array())]));
}

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || SIGNATURE.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
