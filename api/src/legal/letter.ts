import { AlignmentType, Document, Footer, Packer, PageBreak, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import { formatFigure, REACH_FIELDS, REACH_LABEL, type Reach } from '@vigil/shared/evidence/reach';
import { beijingDate, beijingTime, platformLabel } from './format.ts';
import { FONT, heading, para, run, table } from './docx-parts.ts';

/**
 * The 律师函 and the public 律师声明 (issue 10 item 5) as DOCX, from plain data (letter-data.ts loads it). Structure
 * after legal.md A.1: 标题与编号, 致, 委托声明, 事实 (each post in time order with its evidence number, SHA-256,
 * capture time, link, quoted text and counts), 法律依据, 要求与期限, 法律后果, 特此函告, 落款, 附件 证据清单.
 * Facts are written with evidence references only, never with adjectives of our own.
 */
export interface LetterFact {
  captureId: string;
  manifestSha256: string;
  /** SM3 of the same manifest bytes, for the 证据清单 (legal.md A.4); null where Node's OpenSSL lacks SM3. */
  manifestSm3: string | null;
  /** 内容说明 of the 证据清单: who posted, when, and the start of the text. */
  content: string | null;
  platform: string | null;
  account: string | null;
  uid: string | null;
  url: string;
  publishedAt: string | null;
  capturedAt: string;
  /** When the server received it and logged it (the capturer's outbox may have held it for hours before). */
  receivedAt: string;
  text: string | null;
  reach: Reach | null;
  /** RFC 3161 genTime of the capture's time-stamp, if granted. */
  timestampAt: string | null;
  /** A capture of `seed --demo` (its signed manifest's notes.demo): the letter says it must not be sent. */
  demo: boolean;
  /** The latest 复查 of the post's link in this case (legal.md A.2: whether it was still online), if any. */
  recheck?: { status: 'online' | 'deleted' | 'blocked'; checkedAt: string; captureId: string | null; message: string | null } | null;
}

export interface LetterData {
  kind: 'letter' | 'statement';
  number: string;
  date: Date;
  client: string;
  recipient: { to: 'poster' | 'platform'; name: string; detail: string | null };
  poster: { platform: string; name: string; uid: string | null };
  firm: { name: string; lawyer: string; licence: string; address?: string | undefined; phone?: string | undefined };
  facts: LetterFact[];
  bases: { title: string; text: string; thresholds?: string | undefined; id: string }[];
  demands: string[];
  deadlineDays: number;
}

const QUOTE_MAX = 300;
const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const quote = (t: string) => (t.length > QUOTE_MAX ? `${t.slice(0, QUOTE_MAX)}……（全文见证据）` : t);
const when = (iso: string | null) => (iso ? `${beijingTime(iso).slice(0, 16)}` : '（发布时间未显示）');

function reachSentence(r: Reach | null): string {
  const parts = REACH_FIELDS.flatMap((f) => (r?.[f] ? [`${REACH_LABEL[f]} ${formatFigure(r[f])}`] : []));
  return parts.length ? `页面显示${parts.join('、')}` : '页面未显示转发、评论等数据';
}

const RECHECK_STATE = { online: '该内容仍可公开访问', deleted: '该内容已无法访问', blocked: '该内容已被屏蔽或限制访问' } as const;

/** 经…复查: the latest re-check of the post, as a fact with its own evidence number; '' when there was none. */
function recheckSentence(r: LetterFact['recheck']): string {
  if (!r) return '';
  const shown = r.status !== 'online' && r.message ? `（页面显示：${r.message}）` : '';
  return `经 ${beijingTime(r.checkedAt)} 复查${r.captureId ? `（复查存证编号 ${r.captureId}）` : ''}，${RECHECK_STATE[r.status]}${shown}。`;
}

function factParagraphs(d: LetterData): Paragraph[] {
  return d.facts.map((f, i) =>
    para(
      `（${i + 1}）${when(f.publishedAt)}，${platformLabel(f.platform)}账号“${f.account ?? d.poster.name}”${f.uid ? `（UID：${f.uid}）` : ''}发布内容（链接：${f.url}）` +
        `${f.text ? `，原文为：“${quote(f.text)}”` : ''}。截至 ${beijingTime(f.capturedAt)} 取证时，${reachSentence(f.reach)}。` +
        `该内容已取证固定，存证编号 ${f.captureId}，取证清单 SHA-256 值 ${f.manifestSha256}（见附件证据清单第 ${i + 1} 项）。${recheckSentence(f.recheck)}`,
    ),
  );
}

/** For 刑法第二百四十六条: which evidence reaches the 两高 2013 count thresholds, as facts. */
function thresholdLines(d: LetterData): string[] {
  return d.facts.flatMap((f, i) => {
    const views = f.reach?.views;
    const reposts = f.reach?.reposts;
    const met = [views && views.count >= 5000 ? `浏览 ${formatFigure(views)}次，达到五千次` : null, reposts && reposts.count >= 500 ? `转发 ${formatFigure(reposts)}次，达到五百次` : null].filter(Boolean);
    return met.length ? [`证据 ${i + 1} 取证时${met.join('；')}。`] : [];
  });
}

export async function letterDocx(d: LetterData): Promise<Buffer> {
  return Packer.toBuffer(letterDocument(d));
}

export function letterDocument(d: LetterData): Document {
  const statement = d.kind === 'statement';
  const toPlatform = d.recipient.to === 'platform';
  const you = statement ? '相关发布者' : toPlatform ? '贵平台' : '贵方';
  const body: (Paragraph | Table)[] = [];
  body.push(para(statement ? '律师声明' : '律师函', { font: FONT.title, size: 22, bold: true, align: AlignmentType.CENTER, indent: false, after: 6 }));
  if (d.facts.some((f) => f.demo)) {
    body.push(para('演示数据：本函依据 vigil seed --demo 生成的演示取证起草，内容虚构，不得发出。', { size: 12, bold: true, align: AlignmentType.CENTER, indent: false, after: 6 }));
  }
  body.push(para(`编号：${d.number}`, { size: 12, align: AlignmentType.RIGHT, indent: false }));
  if (!statement) {
    body.push(para([run('致：', { bold: true }), run(d.recipient.name, { bold: true })], { indent: false, before: 6 }));
    if (d.recipient.detail) body.push(para(d.recipient.detail, { size: 12, indent: false }));
  }
  const subject = toPlatform ? `贵平台用户“${d.poster.name}”${d.poster.uid ? `（UID：${d.poster.uid}）` : ''}发布涉及委托人的内容` : `${statement ? `${platformLabel(d.poster.platform)}账号“${d.poster.name}”` : '贵方'}发布涉及委托人的内容`;
  body.push(
    para(
      `${d.firm.name}（以下简称“本所”）接受${d.client}（以下简称“委托人”）的委托，指派${d.firm.lawyer}律师（执业证号：${d.firm.licence}），就${subject}一事，${statement ? '特发表律师声明如下：' : '郑重致函如下：'}`,
      { before: 6 },
    ),
  );
  let section = 0;
  const h = (t: string) => body.push(heading(`${CN_NUM[section++]}、${t}`));
  h('经查明的事实');
  body.push(para(`经委托人取证固定（取证报告及证据包可离线核验，存证编号与摘要值见附件《证据清单》），${platformLabel(d.poster.platform)}账号“${d.poster.name}”发布了以下内容：`));
  body.push(...factParagraphs(d));
  if (d.bases.length) {
    h('法律依据');
    body.push(para('据委托人陈述并经本所律师审查，上述内容所涉陈述缺乏事实依据。相关法律规定如下：'));
    for (const b of d.bases) {
      body.push(para([run(`${b.title}：`, { bold: true }), run(`“${b.text}”`)]));
      if (b.thresholds) body.push(para(b.thresholds));
      if (b.id === 'criminal-246') body.push(...thresholdLines(d).map((l) => para(l)));
    }
  }
  h(statement ? '本所声明' : '律师意见与要求');
  const deadline = new Date(d.date.getTime() + d.deadlineDays * 86_400_000);
  body.push(
    para(
      statement
        ? `据此，本所律师认为，上述内容已侵害委托人的合法权益。本所特此郑重要求${you}自本声明发布之日起 ${d.deadlineDays} 日内（即 ${beijingDate(deadline)}前）：`
        : `据此，本所律师认为，${toPlatform ? '上述内容已侵害委托人的合法权益' : '贵方上述行为已侵害委托人的合法权益'}。现受委托人委托，要求${you}于收到本函之日起 ${d.deadlineDays} 日内（即 ${beijingDate(deadline)}前）：`,
    ),
  );
  d.demands.forEach((text, i) => body.push(para(`${i + 1}. ${text.replace(/[；;。.]+$/, '')}${i === d.demands.length - 1 ? '。' : '；'}`)));
  h('法律后果');
  body.push(
    para(
      statement
        ? '本所将持续关注相关信息的传播情况。对继续编造、传播上述内容的组织和个人，本所将依委托人授权，依法采取包括但不限于向网络平台投诉、提起民事诉讼、向公安机关报案等措施，追究其法律责任。'
        : `如${you}逾期未履行上述要求，本所将依委托人授权，依法采取包括但不限于${toPlatform ? '' : '向网络平台投诉、'}提起民事诉讼、向有关机关报案等措施，追究${you}的法律责任。`,
    ),
  );
  body.push(para(statement ? '特此声明。' : '特此函告。', { before: 6 }));
  body.push(...signature(d));
  body.push(new Paragraph({ children: [new PageBreak()] }));
  body.push(para('附件：证据清单', { font: FONT.heading, indent: false, after: 6 }));
  body.push(evidenceTable(d));
  body.push(para('证据说明：上述证据均以电子数据形式取证固定；SHA-256 与 SM3 为取证清单（manifest.json）的摘要值，可用附随的证据包及取证报告离线核验；时间均为北京时间。', { size: 10.5, before: 6 }));

  return new Document({
    creator: d.firm.name,
    title: statement ? '律师声明' : '律师函',
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: FONT.body }, size: 32 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1587, right: 1474 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 18, font: { eastAsia: FONT.body, ascii: 'Times New Roman' } })] })] }) },
        children: body,
      },
    ],
  });
}

function signature(d: LetterData): Paragraph[] {
  const right = (t: string) => para(t, { align: AlignmentType.RIGHT, indent: false });
  return [
    right(''),
    right(`${d.firm.name}（律所公章）`),
    right(`律师：${d.firm.lawyer}（签名）`),
    right(`执业证号：${d.firm.licence}`),
    ...(d.firm.address ? [right(`地址：${d.firm.address}`)] : []),
    ...(d.firm.phone ? [right(`电话：${d.firm.phone}`)] : []),
    right(beijingDate(d.date)),
  ];
}

function evidenceTable(d: LetterData): Table {
  return table(
    ['序号', '证据名称', '来源', '证明目的', '形式', '内容说明', '存证编号', 'SHA-256\nSM3', '时间戳'],
    d.facts.map((f, i) => [
      String(i + 1),
      `账号“${f.account ?? d.poster.name}”${f.publishedAt ? `于 ${beijingTime(f.publishedAt).slice(0, 10)} ` : ''}发布的${platformLabel(f.platform)}内容`,
      f.url,
      `证明该账号发布涉案内容及取证时的传播情况（${reachSentence(f.reach)}）`,
      '电子数据（截图、网页快照、页面数据）',
      f.content ?? '—',
      f.captureId,
      f.manifestSm3 ? `${f.manifestSha256}\n${f.manifestSm3}` : f.manifestSha256,
      f.timestampAt ? `可信时间戳 ${beijingTime(f.timestampAt)}` : `服务器接收 ${beijingTime(f.receivedAt)}`,
    ]),
    [4, 11, 12, 13, 8, 16, 11, 15, 10],
    8,
  );
}
