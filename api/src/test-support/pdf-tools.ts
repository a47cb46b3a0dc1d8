import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Reads PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo, pdfdetach): real tools, not our own parser. */
const run = promisify(execFile);

async function withFile<T>(bytes: Uint8Array, use: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    await writeFile(path, bytes);
    return await use(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text as a reader would copy it (layout mode keeps table rows on one line). */
export const pdfText = (bytes: Uint8Array, opts: { layout?: boolean } = {}): Promise<string> =>
  withFile(bytes, async (path) => (await run('pdftotext', [...(opts.layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'], { maxBuffer: 64 << 20 })).stdout);

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export const pdfFonts = (bytes: Uint8Array): Promise<PdfFont[]> =>
  withFile(bytes, async (path) => {
    const { stdout } = await run('pdffonts', [path]);
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => {
        const cols = line.trim().split(/\s+/);
        const [emb, sub, uni] = cols.slice(-5, -2);
        return { name: cols[0] ?? '', type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
      });
  });

export const pdfPageCount = (bytes: Uint8Array): Promise<number> =>
  withFile(bytes, async (path) => Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [path])).stdout)?.[1] ?? 0));

/** The files attached inside the PDF, by name, with their bytes. */
export const pdfAttachments = (bytes: Uint8Array): Promise<Map<string, Buffer>> =>
  withFile(bytes, async (path, dir) => {
    const out = join(dir, 'attached');
    await run('mkdir', [out]);
    await run('pdfdetach', ['-saveall', '-o', out, path]);
    const { stdout } = await run('ls', ['-1', out]);
    const files = new Map<string, Buffer>();
    for (const name of stdout.split('\n').filter(Boolean)) files.set(name, await readFile(join(out, name)));
    return files;
  });
