import { useState } from 'preact/hooks';
import { dismissReasonLabel } from '@vigil/shared/i18n/vocabulary';
import type { AlertDismissReason, AlertMute, AlertRecord } from '@vigil/shared/schemas/monitoring';
import { lang } from '../../i18n.ts';
import { navigate } from '../../router.ts';
import type { MonitorModel } from './model.ts';
import { bj, categoryName, colon, compactNumber, inLang, paren, levelName, listSep, mt, pick, platformName, ruleText, safeLink, type MonitorText } from './text.ts';

/**
 * 并入事件: one spike often fires several rules in the same hour (volume, a risk category, negative share); the
 * second alert joins the incident the first one opened instead of opening another. Offered only where the brand has
 * an open incident.
 */
function JoinIncident({ model, alert: a }: { model: MonitorModel; alert: AlertRecord }) {
  const open = model.incidents.value.filter((i) => i.status === 'open' && i.brand === a.brand);
  if (open.length === 0) return null;
  const join = async (incidentId: string) => {
    if (!incidentId) return;
    if (await model.joinAlert(incidentId, a.id)) navigate(`/reports/incidents/${incidentId}`);
  };
  return (
    <select data-testid="join-incident" aria-label={mt('joinIncident')} value="" onChange={(e) => void join(e.currentTarget.value)}>
      <option value="">{mt('joinIncident')}</option>
      {open.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
    </select>
  );
}

const reasons: AlertDismissReason[] = ['false_alarm', 'known', 'duplicate', 'other'];
/** The 静默 choices: a shift, a day, three days, a week. */
const muteChoices = [6, 24, 72, 168];

/** 忽略…: a reason (误报, known, a repeat, other + a note), and optionally 静默 of the rule, before an alert leaves 待处理. */
function DismissAlert({ model, alert: a }: { model: MonitorModel; alert: AlertRecord }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<AlertDismissReason>('false_alarm');
  const [note, setNote] = useState('');
  const [muteHours, setMuteHours] = useState(0);
  if (!open) return <button type="button" class="link" data-testid="alert-dismiss" onClick={() => setOpen(true)}>{mt('dismiss')}</button>;
  const needsNote = reason === 'other' && !note.trim();
  const save = async () => {
    if (await model.dismissAlert(a.id, reason, note, muteHours)) setOpen(false);
  };
  return (
    <div class="dismiss-form" data-testid="alert-dismiss-form">
      <select data-testid="alert-dismiss-reason" aria-label={mt('dismissReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value as AlertDismissReason)}>
        {reasons.map((r) => <option key={r} value={r}>{dismissReasonLabel(r, lang.value)}</option>)}
      </select>
      <input data-testid="alert-dismiss-note" maxLength={500} placeholder={mt('dismissNote')} aria-label={mt('dismissNote')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <select data-testid="alert-dismiss-mute" aria-label={mt('mute')} title={mt('muteNote')} value={String(muteHours)} onChange={(e) => setMuteHours(Number(e.currentTarget.value))}>
        <option value="0">{mt('muteNone')}</option>
        {muteChoices.map((n) => <option key={n} value={String(n)}>{`${mt('mute')}${colon()}${mt('muteHours', { n })}`}</option>)}
      </select>
      {muteHours > 0 && <span class="muted small">{mt('muteNote')}</span>}
      <span>
        <button type="button" data-testid="alert-dismiss-confirm" disabled={needsNote} onClick={() => void save()}>{mt('dismissConfirm')}</button>{' '}
        <button type="button" class="link" onClick={() => setOpen(false)}>{mt('cancel')}</button>
      </span>
    </div>
  );
}

/** What the PR lead can do with an alert, or what became of it. Legal read alerts and act on none. */
function AlertActions({ model, alert: a, canAct, onOpen }: { model: MonitorModel; alert: AlertRecord; canAct: boolean; onOpen: (a: AlertRecord) => void }) {
  if (a.incidentId) {
    return <a href={`/reports/incidents/${a.incidentId}`} onClick={(e) => { e.preventDefault(); navigate(`/reports/incidents/${a.incidentId}`); }}>{mt('viewIncident')}</a>;
  }
  if (a.dismissedAt) {
    // The mute this 忽略 made, while it runs: 恢复 lifts it too.
    const made = model.mutes.value.find((m) => m.alertId === a.id);
    return (
      <>
        <span class="muted small" data-testid="alert-dismissed">
          {a.muteId ? <>{mt('mutedBy')}<br /></> : null}
          {mt('dismissedBy', { reason: dismissReasonLabel(a.dismissReason ?? 'other', lang.value), name: a.dismissedByName ?? '—', t: bj(a.dismissedAt) })}
          {a.dismissNote ? <><br />{a.dismissNote}</> : null}
          {made ? <><br />{mt('mutedUntil', { until: bj(made.until) })}</> : null}
        </span>
        {canAct && <button type="button" class="link" data-testid="alert-restore" onClick={() => void model.dismissAlert(a.id, null)}>{mt('restore')}</button>}
      </>
    );
  }
  if (!canAct) return null;
  return (
    <>
      <button type="button" data-testid="open-incident" onClick={() => onOpen(a)}>{mt('openIncident')}</button>
      <JoinIncident model={model} alert={a} />
      <DismissAlert model={model} alert={a} />
    </>
  );
}

const states: ['pending' | 'incident' | 'dismissed' | 'all', MonitorText][] = [['pending', 'state_pending'], ['incident', 'state_incident'], ['dismissed', 'state_dismissed'], ['all', 'state_all']];

/** 待处理 / 已立案 / 已忽略 / 全部: the 预警 tab opens on what still waits for someone. */
function StateFilter({ model }: { model: MonitorModel }) {
  return (
    <fieldset class="state-filter" aria-label={mt('status')}>
      {states.map(([s, label]) => (
        <button key={s} type="button" data-testid={`alert-state-${s}`} aria-pressed={model.alertState.value === s} class={model.alertState.value === s ? 'active' : ''}
          onClick={() => { model.alertState.value = s; void model.loadAlerts(); }}>{mt(label)}</button>
      ))}
    </fieldset>
  );
}

/**
 * 依据: the posts and terms behind an alert, folded. A PR lead judges 误报 or 立案 from them, not from the count alone.
 * Post text is shown as text and only an http(s) permalink becomes a link: captured content is hostile.
 */
function AlertEvidence({ alert: a }: { alert: AlertRecord }) {
  if (a.topPosts.length === 0 && a.topTerms.length === 0) return null;
  const terms = a.topTerms.map((t) => t.term).join(listSep());
  return (
    <details class="alert-evidence" data-testid="alert-evidence">
      <summary>{mt('evidence', { n: a.topPosts.length })}{terms ? ` · ${mt('evidenceTerms')}${colon()}${terms}` : ''}</summary>
      <ol>
        {a.topPosts.map((p) => {
          const link = safeLink(p.permalink);
          return (
            <li key={p.key} data-testid="alert-evidence-post">
              {p.text.length > 120 ? `${p.text.slice(0, 120)}…` : p.text}
              <span class="muted small"> {paren([platformName(p.platform), mt('evidenceReach', { n: compactNumber(p.reach) }), ...(p.reachVelocity ? [mt('evidenceVelocity', { n: compactNumber(p.reachVelocity) })] : [])].join(' · '))}</span>
              {link && <> <a href={link} target="_blank" rel="noopener noreferrer">{mt('original')}</a></>}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/** What a mute covers, in words: the brand, the rule, and a risk category or 热搜 entry where the rule has one. */
function muteScope(m: AlertMute): string {
  if (!m.scope) return '';
  if (m.rule === 'category') return mt('mutedScope', { scope: categoryName(m.scope) });
  if (m.rule === 'hot_search') return mt('mutedScope', { scope: m.scope.split('|')[1] ?? m.scope });
  return '';
}

/** 静默中的规则: each running mute with who set it, until when, how many alerts it held back, and 解除静默. */
function Mutes({ model, canAct }: { model: MonitorModel; canAct: boolean }) {
  const list = model.mutes.value;
  if (list.length === 0) return null;
  return (
    <section class="mutes" data-testid="alert-mutes" aria-label={mt('mutesTitle')}>
      <strong>{mt('mutesTitle')}</strong>
      <ul>
        {list.map((m) => (
          <li key={m.id} data-testid="alert-mute">
            {mt('muteLine', { brand: m.brand, rule: pick(ruleText[m.rule], m.rule), scope: muteScope(m), until: bj(m.until), name: m.createdByName, reason: dismissReasonLabel(m.reason, lang.value) })}
            {m.held > 0 && <span class="muted small"> · {mt('muteHeld', { n: m.held })}</span>}
            {canAct && <>{' '}<button type="button" class="link" data-testid="alert-mute-lift" onClick={() => void model.liftMute(m.id)}>{mt('muteLift')}</button></>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Alerts with their explanation; one click opens an incident with the alert's level and top posts, joins an open one,
 * or sets the alert aside with a reason. The 预警 tab (`filter`) lists by state; the overview shows the latest.
 */
export function AlertList({ model, limit, canAct = true, filter = false }: { model: MonitorModel; limit?: number; canAct?: boolean; filter?: boolean }) {
  const list = model.alerts.value.slice(0, limit ?? 100);
  const open = async (a: AlertRecord) => {
    const made = await model.openFromAlert(a, `${a.brand}${colon()}${pick(ruleText[a.rule], a.rule)}${paren(bj(a.hour))}`);
    if (made) navigate(`/reports/incidents/${made.id}`);
  };
  const empty = filter && model.alertState.value === 'pending' ? mt('noAlertsPending') : mt('noAlerts');
  return (
    <>
      {filter && <Mutes model={model} canAct={canAct} />}
      {filter && <StateFilter model={model} />}
      {list.length === 0 ? <p class="muted" data-testid="alerts-empty">{empty}</p> : (
        <table class="alerts" data-testid="alert-list">
          <thead><tr><th>{mt('hour')}</th><th>{mt('rule')}</th><th>{mt('level')}</th><th>{mt('observed')}</th><th>{mt('score')}</th><th /></tr></thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id} data-testid="alert" data-rule={a.rule} data-level={a.level} data-state={a.incidentId ? 'incident' : a.dismissedAt ? 'dismissed' : 'pending'} class={a.dismissedAt ? 'dismissed' : ''}>
                <td>{bj(a.hour)}</td>
                <td>{pick(ruleText[a.rule], a.rule)}<div class="muted small" data-testid="alert-explanation">{inLang(a.explanation, a.explanationEn)}</div><AlertEvidence alert={a} /></td>
                <td><span class={`lv lv-${a.level}`}>{levelName(a.level)}</span></td>
                {/* A 热搜 alert observes a place on the list and its heat, not a count and a z-score. */}
                <td>{a.rule === 'hot_search' ? (a.observed ? mt('rankN', { n: a.observed }) : '—') : a.observed}</td>
                <td>{a.rule === 'hot_search' ? (a.score ? mt('heatN', { n: compactNumber(a.score) }) : '—') : a.score}</td>
                <td class="alert-actions"><AlertActions model={model} alert={a} canAct={canAct} onOpen={(x) => void open(x)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* 一键立案 or 忽略 refused (the alert got an incident meanwhile, a note missing) says why. */}
      {model.error.value && <p class="error" role="alert" data-testid="alert-error">{model.error.value}</p>}
    </>
  );
}
