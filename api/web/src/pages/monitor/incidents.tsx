import { useEffect, useState } from 'preact/hooks';
import { navigate, onLinkClick } from '../../router.ts';
import { Countdown } from './countdown.tsx';
import type { MonitorModel } from './model.ts';
import { eventText, linkKind, stepText } from './incident-events.ts';
import { bj, colon, deadlineName, inLang, levelName, mt, pick, platformName, ruleText } from './text.ts';
import type { IncidentRecord } from '@vigil/shared/schemas/incident';

/** Pages a link opens: a capture or a case; mentions and alerts have no page of their own. */
const linkHref: Record<string, (ref: string) => string> = { capture: (r) => `/captures/${encodeURIComponent(r)}`, case: (r) => `/cases/${encodeURIComponent(r)}` };

/** A post's or page's own address opens in a new tab; only http(s) (the API sends no other, this checks again). */
const isWeb = (u: string | undefined): u is string => !!u && /^https?:\/\//i.test(u);

/** One link in words: level, platform, the post's text or the alert's sentence, when, and its own page or address. */
function LinkItem({ link: l }: { link: IncidentRecord['links'][number] }) {
  const d = l.detail;
  const label = d ? (d.rule ? `${pick(ruleText[d.rule], d.rule)}${colon()}${inLang(d.text, d.textEn)}` : inLang(d.text, d.textEn)) : l.ref;
  const own = linkHref[l.kind];
  return (
    <li data-testid="incident-link" data-kind={l.kind}>
      <span class="muted">{linkKind(l.kind)}{colon()}</span>
      {d?.level && <><span class={`lv lv-${d.level}`}>{levelName(d.level)}</span> </>}
      {d?.platform && <span class="muted">{platformName(d.platform)} · </span>}
      {own ? <a href={own(l.ref)} onClick={onLinkClick}>{label}</a> : <span>{label}</span>}
      {d?.at && <small class="muted"> {bj(d.at)}</small>}
      {isWeb(d?.url) && <> <a href={d.url} target="_blank" rel="noopener noreferrer" data-testid="incident-link-original">{mt('openOriginal')}</a></>}
    </li>
  );
}

/** Incidents with the next deadline's live countdown. */
export function IncidentTable({ model }: { model: MonitorModel }) {
  const list = model.incidents.value;
  if (list.length === 0) return <p class="muted">{mt('noIncidents')}</p>;
  return (
    <table class="incidents" data-testid="incident-list">
      <thead><tr><th>{mt('incidents')}</th><th>{mt('level')}</th><th>{mt('status')}</th><th>{mt('deadline')}</th><th>{mt('countdown')}</th></tr></thead>
      <tbody>
        {list.map((i) => {
          const next = i.deadlines.find((d) => d.state === 'pending' || d.state === 'overdue');
          return (
            <tr key={i.id} data-testid="incident">
              <td><a href={`/reports/incidents/${i.id}`} onClick={(e) => { e.preventDefault(); navigate(`/reports/incidents/${i.id}`); }}>{i.title}</a></td>
              <td><span class={`lv lv-${i.level}`}>{levelName(i.level)}</span></td>
              <td>{mt(i.status === 'open' ? 'statusOpen' : 'statusClosed')}</td>
              <td>{next ? deadlineName(next.kind) : '—'}</td>
              <td>{next && i.status === 'open' ? <Countdown due={next.due} /> : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** One incident: deadlines with countdowns, checklist, links, timeline, 复盘 and close. */
export function IncidentDetail({ model, id }: { model: MonitorModel; id: string }) {
  useEffect(() => void model.loadIncident(id), [id]);
  const [review, setReview] = useState('');
  const i = model.incident.value;
  if (!i || i.id !== id) return <p class="muted">{mt('loading')}</p>;
  const patch = (json: Record<string, unknown>) => void model.patchIncident(i.id, json);
  return (
    <div class="incident-detail" data-testid="incident-detail">
      <a href="/reports/incidents" onClick={(e) => { e.preventDefault(); navigate('/reports/incidents'); }}>{mt('back')}</a>
      <h3>{i.title} <span class={`lv lv-${i.level}`}>{levelName(i.level)}</span> <small>{mt(i.status === 'open' ? 'statusOpen' : 'statusClosed')}</small></h3>
      <p class="muted">{i.brand} · {mt('opened')} {bj(i.openedAt)} · {mt('owner')} {i.ownerName ?? '—'}</p>
      <p><a class="button" href={`/api/incidents/${encodeURIComponent(i.id)}/report.pdf`} download data-testid="incident-report">{mt('incidentReport')}</a></p>
      <label>{mt('level')} <select value={i.level} onChange={(e) => patch({ level: (e.target as HTMLSelectElement).value })}>
        {(['mild', 'moderate', 'severe'] as const).map((l) => <option key={l} value={l}>{levelName(l)}</option>)}
      </select></label>
      <table class="deadlines" data-testid="deadlines">
        <thead><tr><th>{mt('deadline')}</th><th>{mt('due')}</th><th>{mt('countdown')}</th><th /></tr></thead>
        <tbody>{i.deadlines.map((d) => (
          <tr key={d.kind} data-testid="deadline" data-kind={d.kind}>
            <td>{deadlineName(d.kind)}</td><td>{bj(d.due)}</td>
            <td>{d.state === 'met' || d.state === 'missed' ? mt(d.state) : <Countdown due={d.due} />}</td>
            <td>{!d.metAt && i.status === 'open' && <button type="button" onClick={() => patch({ deadlineMet: { kind: d.kind } })}>{mt('markMet')}</button>}</td>
          </tr>
        ))}</tbody>
      </table>
      {i.holdingStatement && <><h4>{mt('holding')}</h4><blockquote>{i.holdingStatement}</blockquote></>}
      <h4>{mt('checklist')}</h4>
      <ul class="checklist">{i.checklist.map((c) => (
        <li key={c.key}><label><input type="checkbox" checked={!!c.doneAt} disabled={i.status !== 'open'} onChange={(e) => patch({ checklist: { [c.key]: (e.target as HTMLInputElement).checked } })} /> {stepText(c.key)}</label>{c.doneAt && <small> {bj(c.doneAt)}</small>}</li>
      ))}</ul>
      <h4>{mt('links')}</h4>
      {i.links.length ? <ul class="incident-links">{i.links.map((l) => <LinkItem key={`${l.kind}:${l.ref}`} link={l} />)}</ul> : <p class="muted">{mt('noLinks')}</p>}
      <h4>{mt('timeline')}</h4>
      <ol class="timeline">{i.timeline.map((e, n) => <li key={n}>{bj(e.at)} · {eventText(e, i.links)}</li>)}</ol>
      <h4>{mt('review')}</h4>
      {i.status === 'open'
        ? <div><textarea rows={4} value={review || (i.review ?? '')} onInput={(e) => setReview((e.target as HTMLTextAreaElement).value)} /><button type="button" onClick={() => patch({ status: 'closed', review })} disabled={!review.trim()}>{mt('close')}</button></div>
        : <p>{i.review}</p>}
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
    </div>
  );
}
