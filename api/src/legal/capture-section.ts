import { formatFigure, REACH_FIELDS, REACH_LABEL, THRESHOLD_STATUS_LABEL, thresholdRows } from '@vigil/shared/evidence/reach';
import { reviewDecisionLabels } from '@vigil/shared/i18n/vocabulary';
import type { PdfReport } from '../pdf/report.ts';
import { pngSize } from '../pdf/thumbnail.ts';
import { CHECK_LABEL } from './check-labels.ts';
import { ENV_STATUS_LABEL } from './environment-rows.ts';
import { beijingTime, platformLabel, PROVENANCE_LABEL, ROLE_LABEL, sizeLabel } from './format.ts';
import type { CaptureReportData } from './report-data.ts';

const TZ = '（北京时间）';
const QUOTE_MAX = 600;

/** How a review in a case reads in the report. */
export interface ReviewNote {
  decision: 'pending' | 'adopted' | 'rejected';
  reason: string | null;
  by: string | null;
  at: string | null;
}

/**
 * One capture's part of a 取证报告 (issue 10 item 4): identity, capturer, times, page facts and reach, environment
 * checks, artefacts with SHA-256, screenshots, signature, Merkle inclusion, time-stamps and the checks as run now.
 * `n` numbers the sections ("一、" for a single capture, "证据 3 ·" inside a case report).
 */
export function writeCaptureSection(pdf: PdfReport, d: CaptureReportData, opts: { prefix?: string; review?: ReviewNote } = {}): void {
  const h = (title: string) => pdf.heading(`${opts.prefix ?? ''}${title}`, opts.prefix ? 2 : 1);
  h('一、基本信息');
  pdf.keyValues([
    ['存证编号', d.id],
    ['取证类型', d.kind === 'unit' ? '单条内容取证（帖子 / 评论）' : '整页取证'],
    ['取证清单 SHA-256', d.manifestSha256],
    ...(d.manifestSm3 ? [['取证清单 SM3', d.manifestSm3] as [string, string]] : []),
    ['取证人', `${d.capturer.name}（${ROLE_LABEL[d.capturer.role] ?? d.capturer.role}，用户 ID ${d.capturer.id}）`],
    ['取证设备', `${d.device.name || '—'}（设备 ID ${d.device.id}，登记于 ${beijingTime(d.device.registeredAt)}${TZ}）`],
    ['设备公钥指纹', `${d.device.keyThumbprint}（ECDSA P-256，RFC 7638 SHA-256 指纹）`],
    ...(opts.review ? [['审查结论', `${reviewDecisionLabels[opts.review.decision].zh}${opts.review.reason ? `：${opts.review.reason}` : ''}${opts.review.by ? `（${opts.review.by}，${beijingTime(opts.review.at)}）` : ''}`] as [string, string]] : []),
  ]);

  h('二、取证时间');
  const offset = d.times.clockOffsetMs;
  pdf.table(
    [{ header: '时间来源', width: 3 }, { header: `时间${TZ}`, width: 3 }, { header: '说明', width: 5 }],
    [
      ['取证设备：开始', beijingTime(d.times.startedAt), offset === null ? '设备时钟，未测得偏差' : `设备时钟；与服务器偏差 ${offset >= 0 ? '+' : ''}${offset} ms`],
      ['取证设备：完成', beijingTime(d.times.finishedAt), '签名前的设备时间'],
      ['服务器接收', beijingTime(d.times.receivedAt), '服务器收到并写入防篡改日志的时间'],
      ...d.timestamps.map((t) => [`可信时间戳（${t.tsa}）`, t.genTime ? beijingTime(t.genTime) : '—', t.status === 'granted' ? 'RFC 3161 时间戳 genTime，覆盖取证清单 SHA-256' : t.status === 'pending' ? '等待时间戳机构签发' : '时间戳机构未签发']),
      ...(d.timestamps.length ? [] : [['可信时间戳', '—', '未配置时间戳机构']]),
    ],
  );

  h('三、页面信息');
  const p = d.page;
  pdf.keyValues([
    ['平台', platformLabel(p.platform)],
    ['页面标题', p.title || '—'],
    ['页面地址', p.url],
    ['内容链接', p.permalink ?? '—'],
    ['发布账号', p.account ?? '—'],
    ['账号 UID', p.uid ?? '—'],
    ['账号主页', p.accountUrl ?? '—'],
    ['发布时间', p.publishedAt ? `${beijingTime(p.publishedAt)}${TZ}` : '—'],
    ...(p.text ? [['内容原文', `“${p.text.length > QUOTE_MAX ? `${p.text.slice(0, QUOTE_MAX)}…（全文见 unit.json）` : p.text}”`] as [string, string]] : []),
  ]);

  h('四、传播数据（取证时）');
  const reach = d.reach;
  pdf.table(
    [{ header: '指标', width: 2 }, { header: '页面显示', width: 3 }, { header: '计数（整数）', width: 3 }],
    REACH_FIELDS.map((f) => {
      const fig = reach?.[f];
      return [REACH_LABEL[f], fig?.shown ?? (fig ? '（未记录显示文本）' : '页面未显示'), fig ? formatFigure({ ...fig, shown: null }) : '—'];
    }),
    { size: 9 },
  );
  pdf.table(
    [{ header: '法律依据', width: 4 }, { header: '标准', width: 5 }, { header: '结果', width: 1.6 }, { header: '说明', width: 4 }],
    thresholdRows(reach).map((r) => [r.basis, r.rule, THRESHOLD_STATUS_LABEL[r.status], r.note]),
  );

  h('五、取证环境检测');
  pdf.table(
    [{ header: '检测项', width: 2.4 }, { header: `检测时间${TZ}`, width: 2.1 }, { header: '方法', width: 3.6 }, { header: '结果', width: 4.4 }, { header: '结论', width: 1.1 }],
    d.environment.map((r) => [r.item, beijingTime(r.at), r.method, r.result, ENV_STATUS_LABEL[r.status]]),
  );

  h('六、证据文件');
  pdf.table(
    // The digest column fits 64 hex digits on one line at 7.5 pt, so a reader can compare it at a glance: SHA-256
    // above, SM3 below (legal.md A.3).
    [{ header: '文件名', width: 2 }, { header: '类型 / 来源', width: 2.3 }, { header: '大小', width: 1.1, align: 'right' }, { header: '摘要值（上：SHA-256；下：SM3）', width: 8 }],
    d.artefacts.map((a) => [a.name, `${a.type}\n${PROVENANCE_LABEL[a.provenance] ?? a.provenance}`, sizeLabel(a.size), a.sm3 ? `${a.sha256}\n${a.sm3}` : a.sha256]),
    { size: 7.5 },
  );
  if (d.images.length) {
    h('七、截图');
    const w = d.images.length === 1 ? pdf.contentWidth * 0.7 : (pdf.contentWidth - 12) / 2;
    // The frame follows the pictures' shape (a post clip is wide and short), up to 270 pt tall.
    const heights = d.images.map((img) => {
      const size = pngSize(img.bytes);
      return size ? (w * size.height) / size.width : 270;
    });
    const boxHeight = Math.min(270, Math.max(60, ...heights));
    pdf.ensureSpace(boxHeight + 24);
    const top = pdf.doc.y;
    d.images.forEach((img, i) => {
      pdf.doc.y = top;
      try {
        pdf.image(img.bytes, { width: w, height: boxHeight, x: 56 + i * (w + 12), caption: `${img.name}（缩略图，原图见证据文件）` });
      } catch {
        pdf.paragraph(`${img.name}：图像无法解码，请查看原文件`, { size: 8 });
      }
    });
  }

  h(d.images.length ? '八、完整性证明' : '七、完整性证明');
  pdf.keyValues(
    [
      ['设备签名', `ECDSA P-256 / SHA-256，对取证清单字节签名：${d.signature}`],
      ['日志叶序号', String(d.log.leafIndex)],
      ['叶哈希', d.log.leafHash],
      ['日志树大小', String(d.log.head.size)],
      ['根哈希', d.log.head.rootHash],
      ['树头签名', `Ed25519，${beijingTime(d.log.head.timestamp)}${TZ}：${d.log.head.signature}`],
      ['取证回执树头', d.log.receiptHead ? `大小 ${d.log.receiptHead.size}，根哈希 ${d.log.receiptHead.rootHash}，${beijingTime(d.log.receiptHead.timestamp)}${TZ}` : '—'],
      ['包含证明路径', d.log.path.length ? d.log.path.map((x, i) => `${i + 1}. ${x}`).join('\n') : '（树中仅此一叶）'],
    ],
    { size: 8 },
  );
  if (d.timestamps.length) {
    pdf.table(
      [{ header: '时间戳机构', width: 3 }, { header: '状态', width: 1.2 }, { header: `签发时间${TZ}`, width: 2.6 }, { header: '序列号 / 令牌 SHA-256', width: 6 }],
      d.timestamps.map((t) => [t.tsa, t.status === 'granted' ? '已签发' : t.status === 'pending' ? '待签发' : '失败', beijingTime(t.genTime), t.serial ? `${t.serial}\n${t.tokenSha256}` : '—']),
    );
  }
  pdf.table(
    [{ header: '校验项（报告生成时重新计算）', width: 4 }, { header: '对象', width: 4 }, { header: '结果', width: 1.3 }],
    d.checks.map((c) => [CHECK_LABEL[c.name] ?? c.name, c.subject ?? '—', c.ok ? '通过' : `未通过${c.detail ? `：${c.detail}` : ''}`]),
    { size: 8 },
  );
}
