import { dictionary } from '@vigil/shared/i18n/dictionary';
import type { IncidentRecord } from '@vigil/shared/schemas/incident';
import { lang } from '../../i18n.ts';
import { deadlineName, levelName, mt, type MonitorText } from './text.ts';

// An incident's timeline and links in words (issue 11 review): the page printed `opened {"level":"severe",…}` and
// `alert: JD6b…`. One line per event type the API writes (api/src/incidents/patch.ts, routes/incidents.ts); an
// unknown type shows its name.

const zh = {
  opened: '立案（{level}）', retitled: '标题改为「{to}」', level_changed: '级别 {from} → {to}', owner_changed: '更换负责人',
  checklist_done: '完成「{step}」', checklist_undone: '取消完成「{step}」', deadline_met: '「{deadline}」已完成', review: '填写复盘（{n} 字）',
  note: '备注：{text}', closed: '结案', reopened: '重新处置', linked: '关联{kind} {ref}',
  mention: '提及', capture: '取证', case: '案件', reply_version: '口径版本', alert: '预警',
} as const;
const en: Record<keyof typeof zh, string> = {
  opened: 'opened ({level})', retitled: 'renamed “{to}”', level_changed: 'level {from} → {to}', owner_changed: 'owner changed',
  checklist_done: 'done: {step}', checklist_undone: 'not done: {step}', deadline_met: '{deadline} met', review: 'review written ({n} characters)',
  note: 'note: {text}', closed: 'closed', reopened: 'reopened', linked: 'linked {kind} {ref}',
  mention: 'mention', capture: 'capture', case: 'case', reply_version: 'reply version', alert: 'alert',
};
type Key = keyof typeof zh;
const table = dictionary<Key>(zh, en);
const say = (key: Key, params?: Record<string, string | number>) => table(lang.value, key, params);

const stepName: Record<string, MonitorText> = { verify: 'verify', assess: 'assess', statement: 'statement', respond: 'respond', review: 'reviewStep' };
export const stepText = (key: string) => (stepName[key] ? mt(stepName[key]) : key);
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** What one link is, in the reader's language: 预警, 提及, 取证, 案件 or 口径版本. */
export const linkKind = (kind: string) => (table.has(kind) ? say(kind) : kind);

/** One timeline event as a line a PR lead reads. */
export function eventText(e: IncidentRecord['timeline'][number], links: IncidentRecord['links'] = []): string {
  const d = e.detail;
  switch (e.type) {
    case 'opened': return say('opened', { level: levelName(str(d.level)) });
    case 'retitled': return say('retitled', { to: str(d.to) });
    case 'level_changed': return say('level_changed', { from: levelName(str(d.from)), to: levelName(str(d.to)) });
    case 'checklist': return say(d.done ? 'checklist_done' : 'checklist_undone', { step: stepText(str(d.key)) });
    case 'deadline_met': return say('deadline_met', { deadline: deadlineName(str(d.kind)) });
    case 'review': return say('review', { n: str(d.length) });
    case 'note': return say('note', { text: str(d.text) });
    case 'linked': {
      // The linked item's words where the incident still holds it (the post, the alert), else its id.
      const detail = links.find((l) => l.kind === str(d.kind) && l.ref === str(d.ref))?.detail;
      const words = detail ? (lang.value === 'en' && detail.textEn ? detail.textEn : detail.text) : str(d.ref);
      return say('linked', { kind: linkKind(str(d.kind)), ref: words.length > 60 ? `${words.slice(0, 60)}…` : words });
    }
    case 'owner_changed': case 'closed': case 'reopened': return say(e.type);
    default: return e.type;
  }
}
