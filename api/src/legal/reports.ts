import { PdfReport } from '../pdf/report.ts';
import { reviewDecisionLabels } from '@vigil/shared/i18n/vocabulary';
import { writeCaptureSection, type ReviewNote } from './capture-section.ts';
import { beijingTime, platformLabel } from './format.ts';
import type { CaptureReportData } from './report-data.ts';

/**
 * 取证报告 PDFs (issue 10 item 4): one capture, or a case with all its captures. Both take plain data (report-data.ts
 * loads it), so the routes are thin adapters and the bench can time the writer alone.
 */

export interface CaseReportData {
  number: string;
  title: string;
  brand: string | null;
  counterparty: { platform: string; name: string; uid?: string | undefined; url?: string | undefined; entity?: string | undefined };
  status: string;
  /** 承办人, when the case has one. */
  assignee?: string | null;
  /** The captures are the adopted ones only (the report for court or the other side). */
  adoptedOnly?: boolean;
  generatedBy: { name: string; role: string };
  generatedAt: string;
  captures: { data: CaptureReportData; review: ReviewNote }[];
}

const STATUS_LABEL: Record<string, string> = { open: '立案', letter_sent: '已发函', resolved: '已解决', litigation: '诉讼', closed: '结案' };

function verificationSteps(pdf: PdfReport, title: string, files: string): void {
  pdf.heading(title);
  const steps = [
    `1. 一键验证：在导出的证据包目录运行 vigil verify 证据包.zip（或 pnpm vigil verify），逐项列出检查结果，全部通过返回 0。`,
    `2. 文件完整性：解压证据包，在包根目录执行 sha256sum -c SHA256SUMS，每行应为 OK；各文件的 SHA-256 应与本报告“证据文件”表一致。`,
    `3. 设备签名：openssl dgst -sha256 -verify device-public-key.pem -signature signature.der manifest.json，应显示 Verified OK。`,
    `4. 可信时间戳：openssl ts -verify -data manifest.json -in timestamps/1.tsr -CAfile 时间戳机构根证书.pem，应显示 Verification: OK；openssl ts -reply -in timestamps/1.tsr -text 可查看签发时间与序列号。`,
    `5. 日志包含证明：leaf = SHA-256(0x00 ‖ log-entry.json)，按包含证明路径逐级计算 node = SHA-256(0x01 ‖ 左 ‖ 右)，结果应等于根哈希；树头签名用服务器日志公钥（Ed25519）验证。`,
    `6. 本 PDF 内附 ${files}（可在阅读器的“附件”面板中取出），其 SHA-256 应等于本报告所列取证清单 SHA-256。`,
    `7. 摘要算法：本报告每个摘要值均以 SHA-256（FIPS 180-4）计算，并附 SM3（GB/T 32905-2016）值供与国内存证平台比对；SM3 可用 openssl dgst -sm3 文件名 复算。`,
  ];
  for (const s of steps) pdf.paragraph(s, { size: 9 });
  pdf.paragraph('说明：截图为取证人屏幕所见，MHTML 为浏览器对当时页面的原样保存，未重新加载页面；可信时间戳证明取证清单自签发时刻起未被改动。', { size: 8.5, color: '#5b6470' });
}

/** Under the title, for a report on `seed --demo` captures: the reader learns it before any figure (issue 10 demo). */
function demoWarning(pdf: PdfReport, captures: readonly CaptureReportData[]): void {
  if (!captures.some((d) => d.manifest.notes.demo === true)) return;
  pdf.paragraph('演示数据：本报告中的取证由 vigil seed --demo 生成，页面内容虚构，不能作为证据。', { size: 10, color: '#b42318', align: 'center' });
}

export async function captureReportPdf(d: CaptureReportData, opts: { generatedBy: { name: string; role: string }; at: Date }): Promise<Buffer> {
  const pdf = new PdfReport({ title: `电子数据取证报告 ${d.id}`, subject: '取证报告', footer: `存证编号 ${d.id}`, createdAt: opts.at });
  pdf.heading('电子数据取证报告', 0);
  pdf.paragraph(`存证编号 ${d.id}　　报告生成：${beijingTime(opts.at)}（北京时间）　　生成人：${opts.generatedBy.name}`, { size: 9, color: '#5b6470', align: 'center' });
  demoWarning(pdf, [d]);
  writeCaptureSection(pdf, d);
  verificationSteps(pdf, d.images.length ? '九、验证方法' : '八、验证方法', 'manifest.json');
  pdf.attach('manifest.json', d.manifestBytes, { type: 'application/json', description: `取证清单（RFC 8785 规范化 JSON），SHA-256 ${d.manifestSha256}`, at: new Date(d.times.receivedAt) });
  return pdf.finish();
}

export async function caseReportPdf(c: CaseReportData): Promise<Buffer> {
  const at = new Date(c.generatedAt);
  const pdf = new PdfReport({ title: `案件取证报告 ${c.number}`, subject: c.title, footer: `案件编号 ${c.number}`, createdAt: at });
  pdf.heading('案件电子数据取证报告', 0);
  demoWarning(pdf, c.captures.map((x) => x.data));
  pdf.heading('一、案件信息');
  const cp = c.counterparty;
  pdf.keyValues([
    ['案件编号', c.number],
    ['案件名称', c.title],
    ['涉及品牌', c.brand ?? '—'],
    ['相对方', `${platformLabel(cp.platform)}账号“${cp.name}”${cp.uid ? `（UID ${cp.uid}）` : ''}${cp.entity ? `，主体：${cp.entity}` : ''}`],
    ['相对方主页', cp.url ?? '—'],
    ['案件状态', STATUS_LABEL[c.status] ?? c.status],
    ['承办人', c.assignee ?? '未指派'],
    ['报告生成', `${beijingTime(at)}（北京时间），${c.generatedBy.name}`],
    ['证据数量', c.adoptedOnly
      ? `${c.captures.length} 份（本报告仅列审查结论为“${reviewDecisionLabels.adopted.zh}”的证据）`
      : `${c.captures.length} 份（${reviewDecisionLabels.adopted.zh} ${c.captures.filter((x) => x.review.decision === 'adopted').length}，${reviewDecisionLabels.rejected.zh} ${c.captures.filter((x) => x.review.decision === 'rejected').length}）`],
  ]);
  pdf.heading('二、证据目录（时间均为北京时间）');
  pdf.table(
    [{ header: '序号', width: 0.7, align: 'center' }, { header: '存证编号', width: 4.3 }, { header: '平台 / 账号', width: 2.6 }, { header: '发布时间', width: 2.5 }, { header: '取证时间', width: 2.5 }, { header: '审查', width: 1.1 }],
    c.captures.map(({ data, review }, i) => [String(i + 1), data.id, `${platformLabel(data.page.platform)} / ${data.page.account ?? '—'}`, beijingTime(data.page.publishedAt), beijingTime(data.times.startedAt), reviewDecisionLabels[review.decision].zh]),
    { size: 8 },
  );
  verificationSteps(pdf, '三、验证方法', '每份证据的 manifest-<存证编号>.json');
  c.captures.forEach(({ data, review }, i) => {
    pdf.sectionPage();
    pdf.heading(`证据 ${i + 1}：${data.page.account ?? platformLabel(data.page.platform)} · ${data.id}`, 1);
    writeCaptureSection(pdf, data, { prefix: `证据 ${i + 1} · `, review });
    pdf.attach(`manifest-${data.id}.json`, data.manifestBytes, { type: 'application/json', description: `证据 ${i + 1} 取证清单，SHA-256 ${data.manifestSha256}`, at: new Date(data.times.receivedAt) });
  });
  return pdf.finish();
}
