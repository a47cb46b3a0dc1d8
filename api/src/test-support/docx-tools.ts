import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One part of a DOCX as stored, read with the real `unzip` (issue 10: tests unzip the DOCX). */
export async function docxPart(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-docx-'));
  try {
    await writeFile(join(dir, 'doc.docx'), bytes);
    return (await run('unzip', ['-p', join(dir, 'doc.docx'), part], { maxBuffer: 64 << 20 })).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The parts a DOCX holds, by `unzip -Z1`. */
export async function docxParts(bytes: Uint8Array): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-docx-'));
  try {
    await writeFile(join(dir, 'doc.docx'), bytes);
    return (await run('unzip', ['-Z1', join(dir, 'doc.docx')])).stdout.split('\n').filter(Boolean);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Paragraph texts of a WordprocessingML part, one line per paragraph, as Word shows them. */
export const wordText = (xml: string): string =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
