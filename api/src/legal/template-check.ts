import { unzipSync } from 'fflate';
import { ApiError, errors } from '../lib/errors.ts';

/**
 * Checks an uploaded firm template (issue 10 item 5) before it is stored. A .docx is a ZIP of XML parts; refused
 * with a named 400: not a ZIP or missing its parts (template_malformed), macros or embedded binaries — .docm,
 * vbaProject.bin, ActiveX/OLE .bin parts (template_macro), another OOXML type (template_not_docx), parts fetched
 * from elsewhere when opened — attachedTemplate, frames, subdocuments (template_external), and a missing or unknown
 * placeholder (template_placeholder).
 */
export const TEMPLATE_MAX_BYTES = 5 * 1024 * 1024;
const MAX_UNZIPPED = 40 * 1024 * 1024;
const MAX_ENTRIES = 1000;

/** The placeholders a template may use; {{正文}} (the letter body: title to 证据清单) is required, on its own line. */
export const PLACEHOLDERS = ['正文', '标题', '函号', '日期', '收函方', '委托人', '律所', '律师', '执业证号', '律所地址', '律所电话'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** Macro storage, ActiveX controls and embedded OLE objects (which may hold macros of their own); printer settings are inert. */
const isActivePart = (n: string) => /vbaProject|vbaData|^word\/(activeX|embeddings)\//i.test(n) || (/\.bin$/i.test(n) && !/printerSettings/i.test(n));

const malformed = (why: string) => errors.badRequest(`模板文件无法读取：${why} / The template is not a readable .docx: ${why}`, 'template_malformed');

export const decodeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of every paragraph of a part, runs joined (Word splits "{{正文}}" across runs freely). */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''));
}

export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw malformed('不是 ZIP 文件');
  let entries = 0;
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        entries += 1;
        total += f.originalSize;
        if (entries > MAX_ENTRIES || total > MAX_UNZIPPED) throw malformed('解压后过大');
        return true;
      },
    });
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw malformed('ZIP 结构损坏');
  }
}

/** Checks a template and returns the placeholders it uses. */
export function checkTemplate(bytes: Uint8Array): Placeholder[] {
  const files = unzipDocx(bytes);
  const names = Object.keys(files);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  if (!files['[Content_Types].xml'] || !files['word/document.xml']) throw malformed('缺少 [Content_Types].xml 或 word/document.xml');
  const types = text('[Content_Types].xml');
  if (/macroEnabled|vbaProject|vbaData/i.test(types) || names.some(isActivePart)) {
    throw errors.badRequest('模板含有宏或嵌入的可执行内容（.docm、vbaProject.bin、ActiveX/OLE 对象），请另存为普通 .docx 后再上传 / Macro-enabled or embedded active content is not accepted', 'template_macro');
  }
  if (!types.includes(DOCX_MAIN)) throw errors.badRequest('不是 Word 文档（.docx）模板 / Not a Word .docx document', 'template_not_docx');
  for (const rels of names.filter((n) => n.endsWith('.rels'))) {
    for (const m of text(rels).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0]) && !/\/hyperlink"/.test(m[0])) {
        throw errors.badRequest('模板引用了外部文件（附加模板、框架或子文档），打开时会访问外部地址 / The template loads external parts', 'template_external');
      }
    }
  }
  const parts = names.filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));
  const used = new Set<string>();
  for (const part of parts) for (const p of paragraphTexts(text(part))) for (const m of p.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)) used.add(m[1]!);
  const unknown = [...used].filter((u) => !(PLACEHOLDERS as readonly string[]).includes(u));
  if (unknown.length) throw errors.badRequest(`模板含有未知占位符：${unknown.map((u) => `{{${u}}}`).join('、')}；可用：${PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')} / Unknown placeholders`, 'template_placeholder');
  const body = paragraphTexts(text('word/document.xml')).some((p) => p.trim() === '{{正文}}');
  if (!body) throw errors.badRequest('模板缺少独占一段的 {{正文}} 占位符（律师函正文将插入此处） / The template needs a {{正文}} paragraph', 'template_placeholder');
  return PLACEHOLDERS.filter((p) => used.has(p));
}
