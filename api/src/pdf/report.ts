/**
 * Vigil's PDF writer (issue 10): A4, Chinese text in an embedded, subset Noto Sans SC from npm (fonts.ts), a footer
 * "第 X 页 共 Y 页" on every page, headings, wrapped paragraphs, key–value tables, grid tables that repeat their header
 * after a page break, images, SVG (e.g. ECharts server-side SVG) and attached files. Every string is real, selectable
 * text (tests read it back with pdftotext).
 *
 *   const pdf = new PdfReport({ title: '取证报告', footer: '存证编号 abc' });
 *   pdf.heading('一、基本信息');
 *   pdf.keyValues([['存证编号', id], ['取证人', '张三（法务）']]);
 *   pdf.table([{ header: '文件', width: 2 }, { header: 'SHA-256', width: 5 }], [['page.png', hex]]);
 *   pdf.svg(echartsSvg, { width: 480, height: 240 });
 *   pdf.attach('manifest.json', bytes, { type: 'application/json', description: '取证清单' });
 *   const bytes = await pdf.finish();
 *
 * `pdf.doc` is the underlying pdfkit document for anything else; draw with the 'cjk' / 'cjk-bold' fonts.
 */
/// <reference path="./svg-to-pdfkit.d.ts" />
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { fontBytes } from './fonts.ts';

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
  /** Left part of every footer, e.g. the evidence number. */
  footer?: string;
  /** Fixed creation date (tests, reproducible output); defaults to now. */
  createdAt?: Date;
}

export interface Column {
  header: string;
  /** Relative width; the columns share the content width in these proportions. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

const MARGIN = { top: 56, bottom: 60, left: 56, right: 56 };
const INK = '#1a1a1a';
const MUTED = '#5b6470';
const RULE = '#c3cad3';
const SHADE = '#eef1f5';
const PAD = 4;

export class PdfReport {
  readonly doc: PDFKit.PDFDocument;
  private readonly footer: string;

  constructor(info: PdfInfo) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      lang: 'zh-CN',
      displayTitle: true,
      // No standard (non-embedded) Helvetica: the first font set is the embedded CJK one.
      font: null as unknown as string,
      info: { Title: info.title, Author: info.author ?? 'Vigil 舆情哨兵', Subject: info.subject ?? info.title, Creator: 'Vigil', CreationDate: info.createdAt ?? new Date() },
    });
    this.doc.registerFont('cjk', fontBytes('regular'));
    this.doc.registerFont('cjk-bold', fontBytes('bold'));
    this.doc.font('cjk').fontSize(10).fillColor(INK);
    this.footer = info.footer ?? '';
  }

  get contentWidth(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): this {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
    return this;
  }

  /**
   * A section that should open a page (each piece of evidence): a new page, unless this one holds little yet (the
   * tail of the previous section), so no page carries a stray line or two and nothing else.
   */
  sectionPage(usedAtMost = 0.25): this {
    const used = (this.doc.y - MARGIN.top) / (this.bottom - MARGIN.top);
    if (used > usedAtMost) this.doc.addPage();
    return this;
  }

  /**
   * Level 0 is the document title (centred); 1 and 2 are section headings kept with what follows: a few lines, or
   * `keepWith` points when a figure of that height comes next (a heading alone at a page's foot, its chart overleaf).
   */
  heading(text: string, level: 0 | 1 | 2 = 1, keepWith = 64): this {
    const size = [20, 13.5, 11][level] ?? 11;
    this.ensureSpace(size * 2 + Math.max(64, keepWith));
    if (level > 0 && this.doc.y > MARGIN.top + 1) this.doc.moveDown(0.6);
    this.doc.x = MARGIN.left;
    this.doc.font('cjk-bold').fontSize(size).fillColor(INK).text(text, { width: this.contentWidth, align: level === 0 ? 'center' : 'left' });
    this.doc.moveDown(level === 0 ? 0.8 : 0.35).font('cjk').fontSize(10);
    return this;
  }

  paragraph(text: string, opts: { size?: number; bold?: boolean; color?: string; indent?: number; align?: 'left' | 'justify' | 'center' } = {}): this {
    const size = opts.size ?? 10;
    const width = this.contentWidth - (opts.indent ?? 0);
    const lineGap = size * 0.3;
    this.doc.font(opts.bold ? 'cjk-bold' : 'cjk').fontSize(size);
    // A short paragraph stays whole, and a long one never leaves its last line or two alone overleaf: a page that
    // holds one stray line before the next section reads as a fault in the document.
    const height = this.doc.heightOfString(text, { width, lineGap });
    const line = size + lineGap;
    const room = this.bottom - this.doc.y;
    if (height > room && (height <= 4 * line || height - room < 2.5 * line) && this.doc.y > MARGIN.top + 1) this.doc.addPage();
    else this.ensureSpace(size * 2);
    this.doc.x = MARGIN.left + (opts.indent ?? 0);
    this.doc
      .fillColor(opts.color ?? INK)
      .text(text, { width, align: opts.align ?? 'left', lineGap });
    this.doc.moveDown(0.3).font('cjk').fontSize(10).fillColor(INK);
    this.doc.x = MARGIN.left;
    return this;
  }

  /** A two-column table of labels (shaded) and values; rows never split across pages. */
  keyValues(rows: ReadonlyArray<readonly [string, string]>, opts: { labelWidth?: number; size?: number } = {}): this {
    const label = opts.labelWidth ?? 108;
    this.grid([{ header: '', width: label, align: 'left' }, { header: '', width: this.contentWidth - label }], rows, { size: opts.size ?? 9.5, header: false, shadeFirst: true });
    return this;
  }

  /** A grid table; the header row repeats at the top of each new page. */
  table(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, opts: { size?: number } = {}): this {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const scaled = columns.map((c) => ({ ...c, width: (c.width / total) * this.contentWidth }));
    this.grid(scaled, rows, { size: opts.size ?? 8.5, header: true, shadeFirst: false });
    return this;
  }

  private grid(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, opts: { size: number; header: boolean; shadeFirst: boolean }): void {
    const doc = this.doc;
    const heightOf = (cells: readonly string[], bold: boolean): number => {
      doc.font(bold ? 'cjk-bold' : 'cjk').fontSize(opts.size);
      return Math.max(...columns.map((c, i) => doc.heightOfString(cells[i] ?? '', { width: c.width - 2 * PAD })), opts.size) + 2 * PAD;
    };
    const drawRow = (cells: readonly string[], kind: 'header' | 'body'): void => {
      const height = heightOf(cells, kind === 'header');
      if (doc.y + height > this.bottom) {
        doc.addPage();
        if (kind === 'body' && opts.header) drawRow(columns.map((c) => c.header), 'header');
      }
      const top = doc.y;
      let x = MARGIN.left;
      columns.forEach((c, i) => {
        const shaded = kind === 'header' || (opts.shadeFirst && i === 0);
        if (shaded) doc.rect(x, top, c.width, height).fill(SHADE);
        doc.rect(x, top, c.width, height).lineWidth(0.5).strokeColor(RULE).stroke();
        doc
          .font(kind === 'header' || (opts.shadeFirst && i === 0) ? 'cjk-bold' : 'cjk')
          .fontSize(opts.size)
          .fillColor(shaded && opts.shadeFirst ? MUTED : INK)
          .text(cells[i] ?? '', x + PAD, top + PAD, { width: c.width - 2 * PAD, align: c.align ?? 'left', lineBreak: true });
        x += c.width;
      });
      doc.x = MARGIN.left;
      doc.y = top + height;
    };
    if (opts.header) {
      this.ensureSpace(heightOf(columns.map((c) => c.header), true) + heightOf(rows[0] ?? [], false));
      drawRow(columns.map((c) => c.header), 'header');
    }
    for (const row of rows) drawRow(row, 'body');
    doc.font('cjk').fontSize(10).fillColor(INK).moveDown(0.6);
  }

  /** Draws an SVG document (text in it is set in the CJK font) at the current position. */
  svg(markup: string, size: { width: number; height: number }): this {
    this.ensureSpace(size.height + 8);
    SVGtoPDF(this.doc, markup, MARGIN.left, this.doc.y, { ...size, assumePt: false, preserveAspectRatio: 'xMinYMin meet', fontCallback: (_family, bold) => (bold ? 'cjk-bold' : 'cjk') });
    this.doc.font('cjk').fontSize(10).fillColor(INK);
    this.doc.x = MARGIN.left;
    this.doc.y += size.height + 8;
    return this;
  }

  /** A PNG or JPEG scaled to fit the box (framed), with an optional caption beneath. */
  image(bytes: Uint8Array, opts: { width: number; height: number; x?: number; caption?: string }): this {
    this.ensureSpace(opts.height + (opts.caption ? 18 : 6));
    const top = this.doc.y;
    const x = opts.x ?? MARGIN.left;
    this.doc.image(Buffer.from(bytes), x, top, { fit: [opts.width, opts.height], align: 'center', valign: 'center' });
    this.doc.rect(x, top, opts.width, opts.height).lineWidth(0.5).strokeColor(RULE).stroke();
    if (opts.caption) this.doc.font('cjk').fontSize(8).fillColor(MUTED).text(opts.caption, x, top + opts.height + 3, { width: opts.width, align: 'center' });
    this.doc.fillColor(INK).fontSize(10);
    this.doc.x = MARGIN.left;
    this.doc.y = top + opts.height + (opts.caption ? 18 : 6);
    return this;
  }

  /** Attaches a file inside the PDF (shown in the reader's attachment pane). */
  attach(name: string, bytes: Uint8Array, opts: { type: string; description: string; at?: Date }): this {
    const at = opts.at ?? new Date();
    this.doc.file(Buffer.from(bytes), { name, type: opts.type, description: opts.description, creationDate: at, modifiedDate: at });
    return this;
  }

  /** Writes the page footers and returns the finished PDF. */
  finish(): Promise<Buffer> {
    const doc = this.doc;
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      const keep = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // text below the bottom margin would otherwise open a new page
      const y = doc.page.height - 38;
      doc.moveTo(MARGIN.left, y - 6).lineTo(doc.page.width - MARGIN.right, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.font('cjk').fontSize(8).fillColor(MUTED);
      if (this.footer) doc.text(this.footer, MARGIN.left, y, { width: this.contentWidth * 0.6, lineBreak: false });
      doc.text(`第 ${i + 1 - start} 页 共 ${count} 页`, MARGIN.left, y, { width: this.contentWidth, align: 'right', lineBreak: false });
      doc.page.margins.bottom = keep;
    }
    doc.end();
    return done;
  }
}
