import { zipSync, type Zippable } from 'fflate';
import { beijingDate } from './format.ts';
import { letterDocx, type LetterData } from './letter.ts';
import { decodeXml, type Placeholder, unzipDocx } from './template-check.ts';

/**
 * Puts a letter into a firm's template (issue 10 item 5): the paragraph holding {{正文}} becomes the generated body
 * (direct formatting only, so it needs none of the template's styles or numbering), and the other placeholders are
 * filled in the document, headers and footers. The template's page setup, letterhead, headers and footers stay.
 */
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function values(d: LetterData): Record<Exclude<Placeholder, '正文'>, string> {
  return {
    标题: d.kind === 'letter' ? '律师函' : '律师声明',
    函号: d.number,
    日期: beijingDate(d.date),
    收函方: d.kind === 'letter' ? d.recipient.name : '',
    委托人: d.client,
    律所: d.firm.name,
    律师: d.firm.lawyer,
    执业证号: d.firm.licence,
    律所地址: d.firm.address ?? '',
    律所电话: d.firm.phone ?? '',
  };
}

/** Rewrites each paragraph whose joined text has a placeholder (Word splits "{{函号}}" across runs). */
function fillParts(xml: string, vals: Record<string, string>, body: string | null): string {
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => {
    if (p.includes('<w:txbxContent')) return p; // text boxes: placeholders are documented as unsupported there
    const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join('');
    if (!text.includes('{{')) return p;
    if (body !== null && text.trim() === '{{正文}}') return body;
    const filled = text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (m, name: string) => vals[name] ?? m);
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '';
    const rPr = /<w:r(?:\s[^>]*)?>\s*(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(p)?.[1] ?? '';
    const open = /^<w:p(?:\s[^>]*)?>/.exec(p)?.[0] ?? '<w:p>';
    return `${open}${pPr}<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(filled)}</w:t></w:r></w:p>`;
  });
}

/** The body of a generated letter: every block element of its document.xml before the final section properties. */
function bodyXml(docx: Uint8Array): string {
  const xml = new TextDecoder().decode(unzipDocx(docx)['word/document.xml']);
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  return xml.slice(start, end > start ? end : xml.lastIndexOf('</w:body>'));
}

export async function fillTemplate(template: Uint8Array, d: LetterData): Promise<Buffer> {
  const files = unzipDocx(template);
  const body = bodyXml(await letterDocx(d));
  const vals = values(d);
  const out: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) {
    if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) {
      out[name] = new TextEncoder().encode(fillParts(new TextDecoder().decode(bytes), vals, name === 'word/document.xml' ? body : null));
    } else out[name] = bytes;
  }
  return Buffer.from(zipSync(out, { level: 6 }));
}
