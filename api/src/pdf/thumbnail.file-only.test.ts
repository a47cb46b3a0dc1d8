import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { pngImage } from '../test-support/png.ts';
import { PdfReport } from './report.ts';
import { pngSize, thumbnailPng } from './thumbnail.ts';

const run = promisify(execFile);

describe('screenshot thumbnails (issue 10)', () => {
  test('an RGBA screenshot becomes an opaque RGB PNG at most maxWidth wide, same shape, colours averaged', async () => {
    // Left half red, right half blue; 2×2 blocks average to the same colours.
    const png = pngImage(1280, 800, (x) => (x < 640 ? [200, 0, 0] : [0, 0, 200]));
    const thumb = thumbnailPng(png, 640);
    expect(pngSize(thumb)).toEqual({ width: 640, height: 400 });
    expect(thumb[25]).toBe(2); // IHDR colour type: RGB, no alpha for pdfkit to split

    // Read back by a real decoder: poppler renders the thumbnail inside a PDF.
    const pdf = new PdfReport({ title: 't' });
    pdf.image(thumb, { width: 320, height: 200 });
    const dir = await mkdtemp(join(tmpdir(), 'vigil-thumb-'));
    await writeFile(join(dir, 't.pdf'), await pdf.finish());
    const { stdout } = await run('pdfimages', ['-list', join(dir, 't.pdf')]);
    expect(stdout).toMatch(/\s640\s+400\s+rgb\s+3\s+8/);
    // Rendered by poppler to a binary PPM (P6 header, then RGB bytes): the picture sits at the top-left margin.
    await run('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', join(dir, 't.pdf'), join(dir, 'p')]);
    const ppm = await readFile(join(dir, 'p-1.ppm'));
    const header = /^P6\s+(\d+)\s+\d+\s+255\s/.exec(ppm.toString('latin1', 0, 40))!;
    const width = Number(header[1]);
    const at = (x: number, y: number) => [...ppm.subarray(header[0].length + (y * width + x) * 3, header[0].length + (y * width + x) * 3 + 3)];
    expect(at(56 + 80, 56 + 60)).toEqual([200, 0, 0]);
    expect(at(56 + 240, 56 + 60)).toEqual([0, 0, 200]);
  });

  test('what it cannot read is passed through unchanged', () => {
    const junk = new Uint8Array(Buffer.from('\x89PNG not really'));
    expect(thumbnailPng(junk, 100)).toBe(junk);
    expect(pngSize(junk)).toBeNull();
  });
});
