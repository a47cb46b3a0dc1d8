import { describe, expect, test } from 'vitest';
import { pdfAttachments, pdfFonts, pdfPageCount, pdfText } from '../test-support/pdf-tools.ts';
import { PdfReport } from './report.ts';

// Common characters (frequency-list order); a report must round-trip far more than pdfkit's old 256-glyph limit.
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';
const distinct = [...new Set(COMMON)].join('');
const squash = (s: string) => s.replace(/\s+/g, '');
const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('PdfReport (issue 10)', () => {
  test('≥ 400 distinct Chinese characters come back from pdftotext exactly, in an embedded subset font', async () => {
    expect(distinct.length).toBeGreaterThanOrEqual(400);
    const pdf = new PdfReport({ title: '字形测试', footer: '存证编号 test-01' });
    pdf.heading('字形测试', 0);
    pdf.paragraph(distinct);
    pdf.keyValues([['SHA-256', HASH]]);
    const bytes = await pdf.finish();

    const text = squash(await pdfText(bytes));
    expect(text).toContain(squash(distinct));
    expect(text).toContain(HASH);
    const fonts = await pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
    }
    // Subset: a whole Noto Sans SC weight is ~10 MB.
    expect(bytes.length).toBeLessThan(400_000);
  });

  test('long tables continue on new pages with their header, and every page says 第 X 页 共 Y 页', async () => {
    const pdf = new PdfReport({ title: '分页测试', footer: '存证编号 paging' });
    pdf.heading('证据文件');
    pdf.table(
      [{ header: '文件名称', width: 2 }, { header: '摘要值', width: 6 }],
      Array.from({ length: 80 }, (_, i) => [`截图-${i + 1}.png`, HASH]),
    );
    const bytes = await pdf.finish();
    const pages = await pdfPageCount(bytes);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = await pdfText(bytes);
    // pdftotext drops the thin spaces between Chinese and digits, so compare without whitespace.
    for (let i = 1; i <= pages; i++) expect(squash(text)).toContain(`第${i}页共${pages}页`);
    expect(squash(text)).not.toContain(`第${pages + 1}页`);
    expect(text.split('摘要值').length - 1).toBe(pages);
    expect(text).toContain('截图-80.png');
  });

  test('a paragraph never leaves a stray line alone overleaf, and a section page is not started on a nearly empty page', async () => {
    const pdf = new PdfReport({ title: '孤行测试', footer: '孤行' });
    // Fill page 1 until about one line of room is left, then a three-line note: it moves whole to page 2.
    pdf.paragraph('第一页的正文。');
    pdf.doc.y = pdf.doc.page.height - 60 - 24; // as if the page were full but for a line and a half
    const note = `说明：${'截图为取证人屏幕所见，MHTML 为浏览器对当时页面的原样保存。'.repeat(3)}可信时间戳证明取证清单自签发时刻起未被改动。`;
    pdf.paragraph(note);
    // The next section would open a page; page 2 holds only the note, so it starts right below it.
    pdf.sectionPage();
    pdf.heading('证据 1：宝妈小雨');
    pdf.paragraph('正文');
    const bytes = await pdf.finish();
    expect(await pdfPageCount(bytes)).toBe(2);
    const pages = (await pdfText(bytes)).split('\f').map(squash);
    expect(pages[0]).not.toContain('说明：');
    expect(pages[1]).toContain(squash(note));
    expect(pages[1]).toContain('证据1：宝妈小雨');
  });

  test('SVG text is drawn in the CJK font and attached files come back byte for byte', async () => {
    const manifest = new TextEncoder().encode(JSON.stringify({ captureId: 'c1', 说明: '取证清单' }));
    const pdf = new PdfReport({ title: '附件测试' });
    pdf.svg('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><rect x="0" y="0" width="80" height="60" fill="#c33"/><text x="10" y="100" font-family="sans-serif" font-size="14">负面声量 趋势</text></svg>', { width: 300, height: 90 });
    pdf.attach('manifest.json', manifest, { type: 'application/json', description: '取证清单' });
    const bytes = await pdf.finish();
    expect(await pdfText(bytes)).toContain('负面声量 趋势');
    const attached = await pdfAttachments(bytes);
    expect(attached.get('manifest.json')?.equals(Buffer.from(manifest))).toBe(true);
  });

  test('a heading stays on the page of the chart that follows it, not alone at the foot of the page before', async () => {
    const pdf = new PdfReport({ title: '图表分页' });
    // Fill page 1 to about 150 points above its foot: room for a heading and a few lines, not for a chart.
    while (pdf.doc.y < pdf.doc.page.height - 60 - 150) pdf.paragraph('需立即关注事项：重度负面（微博）');
    pdf.heading('三、声量趋势', 1, 250 + 8);
    pdf.svg('<svg xmlns="http://www.w3.org/2000/svg" width="720" height="300"><text x="10" y="20" font-size="14">提及 负面 趋势图</text></svg>', { width: 480, height: 250 });
    const pages = (await pdfText(await pdf.finish())).split('\f');
    const at = (s: string) => pages.findIndex((p) => p.includes(s));
    expect(at('三、声量趋势')).toBe(1);
    expect(at('提及 负面 趋势图')).toBe(1);
  });
});
