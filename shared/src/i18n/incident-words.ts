import type { IncidentRecord } from '../schemas/incident.ts';
import { dictionary } from './dictionary.ts';
import { deadlineLabel, labelIn, levelLabel, type Bilingual, type Lang } from './vocabulary.ts';

// An incident's checklist, links and timeline in words (issue 11), one table for the workspace (both languages) and
// the 事件专报 PDF (Chinese): the two once kept their own copies, which could drift apart.

/** The steps of an incident's 处置清单 (api/src/incidents: the checklist every incident starts with). */
export const checklistStepLabels: Readonly<Record<string, Bilingual>> = {
  verify: { zh: '核实信息', en: 'Verify' },
  assess: { zh: '评估等级', en: 'Assess level' },
  statement: { zh: '发布声明', en: 'Statement' },
  respond: { zh: '回应用户', en: 'Respond to users' },
  review: { zh: '复盘', en: 'Review' },
};

/** What an incident links: 预警, 提及, 取证, 案件 or 口径版本. */
export const incidentLinkLabels: Readonly<Record<string, Bilingual>> = {
  mention: { zh: '提及', en: 'mention' },
  capture: { zh: '取证', en: 'capture' },
  case: { zh: '案件', en: 'case' },
  reply_version: { zh: '口径版本', en: 'reply version' },
  alert: { zh: '预警', en: 'alert' },
};

/** A checklist step in `lang`; a step this table does not know shows its key. */
export const stepLabel = labelIn(checklistStepLabels);
/** A link's kind in `lang`; an unknown kind shows as it is. */
export const linkKindLabel = labelIn(incidentLinkLabels);

const zh = {
  opened: '立案（{level}）', retitled: '标题改为「{to}」', level_changed: '级别 {from} → {to}', owner_changed: '更换负责人', owner_set: '负责人改为 {name}', owner_removed: '取消负责人',
  checklist_done: '完成「{step}」', checklist_undone: '取消完成「{step}」', deadline_met: '「{deadline}」已完成', review: '填写复盘（{n} 字）',
  note: '备注：{text}', closed: '结案', reopened: '重新处置', linked: '关联{kind}：{ref}', linked_auto: '同类{kind}自动并入：{ref}', unlinked: '取消关联{kind}：{ref}',
  broadcast: '进展通报（{n} 个渠道）', broadcast_note: '进展通报（{n} 个渠道）：{text}',
} as const;
const en: Record<keyof typeof zh, string> = {
  opened: 'opened ({level})', retitled: 'renamed “{to}”', level_changed: 'level {from} → {to}', owner_changed: 'owner changed', owner_set: 'owner: {name}', owner_removed: 'owner removed',
  checklist_done: 'done: {step}', checklist_undone: 'not done: {step}', deadline_met: '{deadline} met', review: 'review written ({n} characters)',
  note: 'note: {text}', closed: 'closed', reopened: 'reopened', linked: 'linked {kind}: {ref}', linked_auto: 'same {kind} joined automatically: {ref}', unlinked: 'unlinked {kind}: {ref}',
  broadcast: 'update sent ({n} channels)', broadcast_note: 'update sent ({n} channels): {text}',
};
const say = dictionary<keyof typeof zh>(zh, en);
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/**
 * One timeline event as a line a PR lead reads, in `lang`. `linkWords` names a linked item (its post's words, the
 * alert's sentence) where the reader has them, else its id. An event type this table does not know shows its name.
 */
export function incidentEventText(e: IncidentRecord['timeline'][number], lang: Lang, linkWords: (kind: string, ref: string) => string): string {
  const d = e.detail;
  switch (e.type) {
    case 'opened': return say(lang, 'opened', { level: levelLabel(str(d.level), lang) });
    case 'retitled': return say(lang, 'retitled', { to: str(d.to) });
    case 'level_changed': return say(lang, 'level_changed', { from: levelLabel(str(d.from), lang), to: levelLabel(str(d.to), lang) });
    case 'checklist': return say(lang, d.done ? 'checklist_done' : 'checklist_undone', { step: stepLabel(str(d.key), lang) });
    case 'deadline_met': return say(lang, 'deadline_met', { deadline: deadlineLabel(str(d.kind), lang) });
    case 'review': return say(lang, 'review', { n: str(d.length) });
    case 'note': return say(lang, 'note', { text: str(d.text) });
    case 'linked': return say(lang, d.auto ? 'linked_auto' : 'linked', { kind: linkKindLabel(str(d.kind), lang), ref: linkWords(str(d.kind), str(d.ref)) });
    // The link is gone, so its words were kept on the event.
    case 'unlinked': return say(lang, 'unlinked', { kind: linkKindLabel(str(d.kind), lang), ref: str(d.words) || linkWords(str(d.kind), str(d.ref)) });
    case 'owner_changed': return d.to === null ? say(lang, 'owner_removed') : d.toName ? say(lang, 'owner_set', { name: str(d.toName) }) : say(lang, 'owner_changed');
    case 'closed': case 'reopened': return say(lang, e.type);
    case 'broadcast': return d.note ? say(lang, 'broadcast_note', { n: str(d.channels), text: str(d.note) }) : say(lang, 'broadcast', { n: str(d.channels) });
    default: return e.type;
  }
}
