import { useEffect, useState } from 'preact/hooks';
import { dictionary } from '@vigil/shared/i18n/dictionary';
import type { EscalationRecord } from '@vigil/shared/schemas/escalation';
import { lang } from '../../i18n.ts';
import { navigate } from '../../router.ts';
import type { EscalationsModel } from './escalations-model.ts';
import type { MonitorModel } from './model.ts';
import { bj, levelName, platformName, safeLink } from './text.ts';

// 待处理上报 on the 事件 tab (issues 11 item 7, 13 item 1): what staff escalated from the side panel, newest first;
// 一键立案 opens an incident from it, 关联 adds it to an open incident, 忽略 closes it.

const words = dictionary(
  { notice: '待处理上报 {n} 条：同事从扩展上报的内容等待你处理', view: '去处理', title: '待处理上报', none: '没有待处理的上报', when: '上报时间', who: '上报人', post: '内容', level: '级别', why: '原因', risk: '风险内容', noReply: '无合适口径', open: '一键立案', link: '关联到事件', choose: '选择处置中的事件', dismiss: '忽略', original: '原文' },
  { notice: '{n} escalations waiting: posts colleagues sent from the extension', view: 'Handle them', title: 'Escalations to handle', none: 'No escalations waiting', when: 'Escalated', who: 'By', post: 'Post', level: 'Level', why: 'Why', risk: 'Risky post', noReply: 'No approved reply fits', open: 'Open incident', link: 'Link to incident', choose: 'Choose an open incident', dismiss: 'Dismiss', original: 'original' },
);
type Word = Parameters<typeof words>[1];
const w = (key: Word, params?: Record<string, number>) => words(lang.value, key, params);

function Row({ e, model, monitor }: { e: EscalationRecord; model: EscalationsModel; monitor: MonitorModel }) {
  const [target, setTarget] = useState('');
  const openIncidents = monitor.incidents.value.filter((i) => i.status === 'open' && i.brand === e.brand);
  const busy = model.busy.value === e.id;
  const link = safeLink(e.permalink);
  const toIncident = async () => {
    const made = await model.toIncident(e.id);
    if (made) navigate(`/reports/incidents/${made.id}`);
  };
  return (
    <tr data-testid="escalation" data-key={e.key}>
      <td>{bj(e.createdAt)}</td>
      <td>{e.createdByName ?? e.createdBy}</td>
      <td>
        <div><strong>{e.author ?? ''}</strong>{e.author ? '：' : ''}{e.text.length > 120 ? `${e.text.slice(0, 120)}…` : e.text}</div>
        <div class="muted small">{platformName(e.platform)}{link && <> · <a href={link} target="_blank" rel="noopener noreferrer">{w('original')}</a></>}{e.note && <> · {e.note}</>}</div>
      </td>
      <td><span class={`lv lv-${e.level}`}>{levelName(e.level)}</span></td>
      <td>{w(e.reason === 'no_reply' ? 'noReply' : 'risk')}</td>
      <td class="escalation-actions">
        <button type="button" data-testid="escalation-open" disabled={busy} onClick={() => void toIncident()}>{w('open')}</button>
        {openIncidents.length > 0 && (
          <span class="link-incident">
            <select aria-label={w('choose')} value={target} onChange={(ev) => setTarget(ev.currentTarget.value)}>
              <option value="">{w('choose')}</option>
              {openIncidents.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
            </select>
            <button type="button" data-testid="escalation-link" disabled={busy || !target} onClick={() => void model.link(e.id, target)}>{w('link')}</button>
          </span>
        )}
        <button type="button" data-testid="escalation-dismiss" disabled={busy} onClick={() => void model.dismiss(e.id)}>{w('dismiss')}</button>
      </td>
    </tr>
  );
}

export function PendingEscalations({ model, monitor }: { model: EscalationsModel; monitor: MonitorModel }) {
  useEffect(() => void model.load(), []);
  const list = model.open.value;
  return (
    <section class="escalations" data-testid="escalations">
      <h3>{w('title')}{list.length > 0 && <span class="count"> {list.length}</span>}</h3>
      {model.error.value && <p class="error" role="alert" data-testid="escalation-error">{model.error.value}</p>}
      {list.length === 0 ? <p class="muted">{w('none')}</p> : (
        <table data-testid="escalation-list">
          <thead><tr><th>{w('when')}</th><th>{w('who')}</th><th>{w('post')}</th><th>{w('level')}</th><th>{w('why')}</th><th /></tr></thead>
          <tbody>{list.map((e) => <Row key={e.id} e={e} model={model} monitor={monitor} />)}</tbody>
        </table>
      )}
    </section>
  );
}

/** On 舆情概览: how many escalations wait, with the way to them. */
export function EscalationNotice({ model }: { model: EscalationsModel }) {
  useEffect(() => void model.load(), []);
  const n = model.open.value.length;
  if (n === 0) return null;
  return (
    <p class="escalation-notice" role="status" data-testid="escalation-notice">
      {w('notice', { n })} <a href="/reports/incidents" onClick={(e) => { e.preventDefault(); navigate('/reports/incidents'); }}>{w('view')}</a>
    </p>
  );
}
