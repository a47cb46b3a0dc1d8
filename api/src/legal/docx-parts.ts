import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * Building blocks of Vigil's DOCX letters (issue 10 item 5). Every run names its East-Asian font explicitly
 * (w:rFonts w:eastAsia): without it Word sets Chinese in the theme font. Formatting is direct (no styles, no
 * numbering definitions), so the body can be spliced into a firm's own template unchanged.
 */
export const FONT = { body: '仿宋', heading: '黑体', title: '宋体' } as const;
const LATIN = 'Times New Roman';

export interface RunOpts {
  bold?: boolean;
  /** Points. 三号 16, 小四 12, 五号 10.5, 小五 9. */
  size?: number;
  font?: string;
}

export const run = (text: string, o: RunOpts = {}) =>
  new TextRun({
    text,
    bold: o.bold ?? false,
    size: Math.round((o.size ?? 16) * 2),
    font: { ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia: o.font ?? FONT.body },
    language: { value: 'zh-CN', eastAsia: 'zh-CN' },
  });

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export const para = (text: string | TextRun[], o: RunOpts & { align?: Align; indent?: boolean; before?: number; after?: number; keepNext?: boolean } = {}) =>
  new Paragraph({
    children: typeof text === 'string' ? [run(text, o)] : text,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    // 首行缩进两字 (two characters of the run size), 1.5 line spacing: the usual layout of a Chinese letter.
    indent: o.indent === false ? undefined : { firstLine: Math.round((o.size ?? 16) * 2 * 20) },
    spacing: { line: 360, before: (o.before ?? 0) * 20, after: (o.after ?? 0) * 20 },
    keepNext: o.keepNext ?? false,
  });

export const heading = (text: string) => para(text, { font: FONT.heading, indent: true, before: 6, keepNext: true });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

/** A bordered table with a bold header row that repeats on each page; widths in percent of the text width. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], size = 9): Table {
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      borders,
      width: { size: widths[i] ?? 10, type: WidthType.PERCENTAGE },
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      children: text.split('\n').map((line) => new Paragraph({ children: [run(line, { size, bold, font: bold ? FONT.heading : FONT.body })], alignment: AlignmentType.LEFT })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}
