import { useEffect, useState } from 'preact/hooks';
import { navigate, onLinkClick } from '../../router.ts';
import { Countdown } from './countdown.tsx';
import type { MonitorModel } from './model.ts';
import { eventText, linkKind, stepText } from './incident-events.ts';
import { bj, categoryName, colon, deadlineName, inLang, levelName, mt, pick, platformName, ruleText } from './text.ts';
import type { IncidentBroadcastResult, IncidentRecord } from '@vigil/shared/schemas/incident';
import { rankHolding } from '@vigil/shared/replies/rank';

/** Pages a link opens: a capture or a case; mentions and alerts have no page of their own. */
const linkHref: Record<string, (ref: string) => string> = { capture: (r) => `/captures/${encodeURIComponent(r)}`, case: (r) => `/cases/${encodeURIComponent(r)}` };

/** A post's or page's own address opens in a new tab; only http(s) (the API sends no other, this checks again). */
const isWeb = (u: string | undefined): u is string => !!u && /^https?:\/\//i.test(u);

/**
 * One link in words: level, platform, the post's text or the alert's sentence, when, and its own page or address.
 * `onUnlink` (PR leads) takes it off after a confirmation: an alert joined by mistake becomes free again.
 */
function LinkItem({ link: l, onUnlink }: { link: IncidentRecord['links'][number]; onUnlink?: (() => void) | undefined }) {
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
      {onUnlink && <> <button type="button" class="link" data-testid="incident-unlink" onClick={() => {
        const what = `${linkKind(l.kind)}${colon()}${label.length > 40 ? `${label.slice(0, 40)}…` : label}`;
        if (confirm(mt('unlinkConfirm', { what }))) onUnlink();
      }}>{mt('unlink')}</button></>}
    </li>
  );
}

/** Incidents with the next deadline's live countdown. */
export function IncidentTable({ model }: { model: MonitorModel }) {
  const list = model.incidents.value;
  if (list.length === 0) return <p class="muted">{mt('noIncidents')}</p>;
  return (
    <table class="incidents" data-testid="incident-list">
      <thead><tr><th>{mt('incidents')}</th><th>{mt('level')}</th><th>{mt('status')}</th><th>{mt('owner')}</th><th>{mt('deadline')}</th><th>{mt('countdown')}</th></tr></thead>
      <tbody>
        {list.map((i) => {
          const next = i.deadlines.find((d) => d.state === 'pending' || d.state === 'overdue');
          return (
            <tr key={i.id} data-testid="incident">
              <td><a href={`/reports/incidents/${i.id}`} onClick={(e) => { e.preventDefault(); navigate(`/reports/incidents/${i.id}`); }}>{i.title}</a></td>
              <td><span class={`lv lv-${i.level}`}>{levelName(i.level)}</span></td>
              <td>{mt(i.status === 'open' ? 'statusOpen' : 'statusClosed')}</td>
              <td data-testid="incident-owner-cell">{i.ownerName ?? '—'}</td>
              <td>{next ? deadlineName(next.kind) : '—'}</td>
              <td>{next && i.status === 'open' ? <Countdown due={next.due} /> : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** 负责人: the PR lead gives the incident to a colleague or takes it; the timeline names the new owner. */
function Owner({ model, i, meId }: { model: MonitorModel; i: IncidentRecord; meId: string }) {
  const people = model.owners.value;
  const current = i.ownerId ?? '';
  const patch = (ownerId: string | null) => void model.patchIncident(i.id, { ownerId });
  return (
    <span class="owner">
      <select data-testid="incident-owner" aria-label={mt('owner')} value={current} disabled={model.loading.value} onChange={(e) => patch(e.currentTarget.value || null)}>
        <option value="">{mt('noOwner')}</option>
        {current && !people.some((p) => p.id === current) && <option value={current}>{i.ownerName ?? current}</option>}
        {people.map((p) => <option key={p.id} value={p.id}>{p.id === meId ? mt('you', { name: p.name }) : p.name}</option>)}
      </select>
      {current !== meId && <button type="button" class="link" data-testid="incident-take" onClick={() => patch(meId)}>{mt('takeIncident')}</button>}
    </span>
  );
}

/**
 * 临时声明: an approved 口径 of the incident's brand, linked in one step (the first deadline of a 重度 incident asks for
 * it). The replies written for this risk come first (its categories, keywords in its posts, its level: rankHolding),
 * marked 推荐 with what they matched; a thank-you or an expired reply is never offered.
 */
function Holding({ model, i, canEdit }: { model: MonitorModel; i: IncidentRecord; canEdit: boolean }) {
  const [pick, setPick] = useState('');
  if (i.holdingStatement) return <><h4>{mt('holdingTitle')}</h4><blockquote data-testid="incident-holding">{i.holdingStatement}</blockquote></>;
  if (!canEdit || i.status !== 'open') return null;
  const details = i.links.flatMap((l) => (l.detail ? [l.detail] : []));
  const choices = rankHolding({
    brand: i.brand, level: i.level, now: new Date(),
    categories: [...new Set(details.flatMap((d) => (d.category ? [d.category] : [])))],
    texts: i.links.filter((l) => l.kind === 'mention').flatMap((l) => (l.detail ? [l.detail.text] : [])),
  }, model.approved.value);
  const chosen = choices.find((c) => c.reply.versionId === pick);
  const why = (c: (typeof choices)[number]) => [...c.categories.map((x) => categoryName(x)), ...c.keywords].join('、');
  return (
    <div class="holding-pick" data-testid="incident-holding-pick">
      <h4>{mt('holdingTitle')}</h4>
      {choices.length === 0 ? <p class="muted">{mt('holdingNone', { brand: i.brand })}</p> : (
        <>
          <select data-testid="incident-holding-select" aria-label={mt('holdingPick')} value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
            <option value="">{mt('holdingPick')}</option>
            {choices.map((c) => (
              <option key={c.reply.versionId} value={c.reply.versionId} data-fit={c.score > 0 ? 'yes' : 'no'}>
                {c.score > 0 ? `${mt('holdingFits', { why: why(c) })} ` : ''}{c.reply.title}（v{c.reply.version}）
              </option>
            ))}
          </select>
          {chosen && <blockquote class="muted" data-testid="incident-holding-preview">{chosen.reply.body}</blockquote>}
          {chosen?.reply.admitsLiability && <p class="warn" data-testid="incident-holding-liability">{mt('holdingLiability')}</p>}
          <button type="button" data-testid="incident-holding-link" disabled={!pick || model.loading.value} onClick={async () => { if (await model.patchIncident(i.id, { link: { kind: 'reply_version', ref: pick } })) setPick(''); }}>{mt('holdingLink')}</button>
        </>
      )}
    </div>
  );
}

/** A note on the timeline: what was verified, who was called. Append-only, like every timeline line. */
function NoteForm({ model, i }: { model: MonitorModel; i: IncidentRecord }) {
  const [text, setText] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    if (await model.patchIncident(i.id, { note: text.trim() })) setText('');
  };
  return (
    <form class="note-form" onSubmit={(e) => void add(e)}>
      <textarea data-testid="incident-note-text" rows={2} maxLength={5000} placeholder={mt('notePlaceholder')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="submit" data-testid="incident-note-add" disabled={!text.trim() || model.loading.value}>{mt('addNote')}</button>
    </form>
  );
}

/**
 * 通报进展…: the incident's state, with a word, to the team's robot groups now; then what became of it on each
 * channel (sent, held for quiet hours, capped, failed and why).
 */
function Broadcast({ model, i, onSent }: { model: MonitorModel; i: IncidentRecord; onSent: (r: IncidentBroadcastResult | null) => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  if (!open) return <button type="button" data-testid="incident-broadcast" onClick={() => { setOpen(true); onSent(null); }}>{mt('broadcast')}</button>;
  const send = async () => {
    const r = await model.broadcastIncident(i.id, note);
    if (r) { onSent(r); setNote(''); setOpen(false); }
  };
  return (
    <div class="broadcast-form" data-testid="incident-broadcast-form">
      <p class="muted small">{mt('broadcastHint')}</p>
      <textarea rows={2} maxLength={500} data-testid="incident-broadcast-note" placeholder={mt('broadcastNote')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <span>
        <button type="button" data-testid="incident-broadcast-send" disabled={model.loading.value} onClick={() => void send()}>{mt('broadcastSend')}</button>{' '}
        <button type="button" class="link" onClick={() => setOpen(false)}>{mt('cancel')}</button>
      </span>
    </div>
  );
}

/** Each channel's outcome of the last 进展通报, in words. */
function BroadcastResult({ result }: { result: IncidentBroadcastResult }) {
  return (
    <ul class="broadcast-result" data-testid="incident-broadcast-result">
      {result.deliveries.map((d) => (
        <li key={d.channelId} data-status={d.status}>
          {d.channelName}{colon()}{d.status === 'sent' ? mt('broadcastSent') : d.status === 'pending' ? mt('broadcastHeld', { t: bj(d.dueAt) }) : d.status === 'capped' ? mt('broadcastCapped') : mt('broadcastFailed', { why: d.lastError ?? '—' })}
        </li>
      ))}
    </ul>
  );
}

/** One incident: deadlines with countdowns, owner, holding statement, checklist, links, notes and timeline, 复盘 and close. */
export function IncidentDetail({ model, id, canEdit, meId }: { model: MonitorModel; id: string; canEdit: boolean; meId: string }) {
  useEffect(() => void model.loadIncident(id), [id]);
  useEffect(() => void (canEdit && model.loadHandling()), [canEdit]);
  const [review, setReview] = useState('');
  const [sent, setSent] = useState<IncidentBroadcastResult | null>(null);
  const i = model.incident.value;
  if (!i || i.id !== id) return <p class="muted">{mt('loading')}</p>;
  const patch = (json: Record<string, unknown>) => void model.patchIncident(i.id, json);
  const open = i.status === 'open';
  return (
    <div class="incident-detail" data-testid="incident-detail">
      <a href="/reports/incidents" onClick={(e) => { e.preventDefault(); navigate('/reports/incidents'); }}>{mt('back')}</a>
      <h3>{i.title} <span class={`lv lv-${i.level}`}>{levelName(i.level)}</span> <small data-testid="incident-status">{mt(open ? 'statusOpen' : 'statusClosed')}</small></h3>
      <p class="muted">{i.brand} · {mt('opened')} {bj(i.openedAt)}{!canEdit && <> · {mt('owner')} <span data-testid="incident-owner-name">{i.ownerName ?? '—'}</span></>}</p>
      {canEdit && <p class="bar">{mt('owner')}{colon()}<Owner model={model} i={i} meId={meId} /></p>}
      <div class="bar">
        <a class="button" href={`/api/incidents/${encodeURIComponent(i.id)}/report.pdf`} download data-testid="incident-report">{mt('incidentReport')}</a>
        {canEdit && <Broadcast model={model} i={i} onSent={setSent} />}
      </div>
      {sent && <BroadcastResult result={sent} />}
      {canEdit && open && (
        <label>{mt('level')} <select value={i.level} onChange={(e) => patch({ level: (e.target as HTMLSelectElement).value })}>
          {(['mild', 'moderate', 'severe'] as const).map((l) => <option key={l} value={l}>{levelName(l)}</option>)}
        </select></label>
      )}
      <table class="deadlines" data-testid="deadlines">
        <thead><tr><th>{mt('deadline')}</th><th>{mt('due')}</th><th>{mt('countdown')}</th><th /></tr></thead>
        <tbody>{i.deadlines.map((d) => (
          <tr key={d.kind} data-testid="deadline" data-kind={d.kind}>
            <td>{deadlineName(d.kind)}</td><td>{bj(d.due)}</td>
            <td>{d.state === 'met' || d.state === 'missed' ? mt(d.state) : <Countdown due={d.due} />}</td>
            <td>{canEdit && !d.metAt && open && <button type="button" onClick={() => patch({ deadlineMet: { kind: d.kind } })}>{mt('markMet')}</button>}</td>
          </tr>
        ))}</tbody>
      </table>
      <Holding model={model} i={i} canEdit={canEdit} />
      <h4>{mt('checklist')}</h4>
      <ul class="checklist">{i.checklist.map((c) => (
        <li key={c.key}><label><input type="checkbox" checked={!!c.doneAt} disabled={!canEdit || !open} onChange={(e) => patch({ checklist: { [c.key]: (e.target as HTMLInputElement).checked } })} /> {stepText(c.key)}</label>{c.doneAt && <small> {bj(c.doneAt)}</small>}</li>
      ))}</ul>
      <h4>{mt('links')}</h4>
      {i.links.length ? <ul class="incident-links">{i.links.map((l) => <LinkItem key={`${l.kind}:${l.ref}`} link={l} onUnlink={canEdit ? () => patch({ unlink: { kind: l.kind, ref: l.ref } }) : undefined} />)}</ul> : <p class="muted">{mt('noLinks')}</p>}
      <h4>{mt('timeline')}</h4>
      <ol class="timeline" data-testid="incident-timeline">{i.timeline.map((e, n) => <li key={n}>{bj(e.at)} · {eventText(e, i.links)}</li>)}</ol>
      {canEdit && <NoteForm model={model} i={i} />}
      {model.error.value && <p class="error" role="alert" data-testid="incident-error">{model.error.value}</p>}
      <h4>{mt('review')}</h4>
      {open && canEdit && <div class="review-form"><textarea rows={6} data-testid="incident-review" value={review || (i.review ?? '')} onInput={(e) => setReview((e.target as HTMLTextAreaElement).value)} /><button type="button" data-testid="incident-close" onClick={() => patch({ status: 'closed', review })} disabled={!review.trim()}>{mt('close')}</button></div>}
      {open && !canEdit && <p class="muted">{i.review ?? mt('none')}</p>}
      {!open && <><p>{i.review}</p>{canEdit && <button type="button" data-testid="incident-reopen" onClick={() => patch({ status: 'open' })}>{mt('reopen')}</button>}</>}
    </div>
  );
}
