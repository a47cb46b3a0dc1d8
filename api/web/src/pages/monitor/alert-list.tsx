import type { AlertRecord } from '@vigil/shared/schemas/monitoring';
import { navigate } from '../../router.ts';
import type { MonitorModel } from './model.ts';
import { bj, colon, compactNumber, inLang, paren, levelName, mt, pick, ruleText } from './text.ts';

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

/** Alerts with their explanation; one click opens an incident with the alert's level and top posts. */
export function AlertList({ model, limit }: { model: MonitorModel; limit?: number }) {
  const list = model.alerts.value.slice(0, limit ?? 100);
  if (list.length === 0) return <p class="muted">{mt('noAlerts')}</p>;
  const open = async (a: AlertRecord) => {
    const made = await model.openFromAlert(a, `${a.brand}${colon()}${pick(ruleText[a.rule], a.rule)}${paren(bj(a.hour))}`);
    if (made) navigate(`/reports/incidents/${made.id}`);
  };
  return (
    <>
      <table class="alerts" data-testid="alert-list">
        <thead><tr><th>{mt('hour')}</th><th>{mt('rule')}</th><th>{mt('level')}</th><th>{mt('observed')}</th><th>{mt('score')}</th><th /></tr></thead>
        <tbody>
          {list.map((a) => (
            <tr key={a.id} data-testid="alert" data-rule={a.rule} data-level={a.level}>
              <td>{bj(a.hour)}</td>
              <td>{pick(ruleText[a.rule], a.rule)}<div class="muted small" data-testid="alert-explanation">{inLang(a.explanation, a.explanationEn)}</div></td>
              <td><span class={`lv lv-${a.level}`}>{levelName(a.level)}</span></td>
              {/* A 热搜 alert observes a place on the list and its heat, not a count and a z-score. */}
              <td>{a.rule === 'hot_search' ? (a.observed ? mt('rankN', { n: a.observed }) : '—') : a.observed}</td>
              <td>{a.rule === 'hot_search' ? (a.score ? mt('heatN', { n: compactNumber(a.score) }) : '—') : a.score}</td>
              <td class="alert-actions">{a.incidentId
                ? <a href={`/reports/incidents/${a.incidentId}`} onClick={(e) => { e.preventDefault(); navigate(`/reports/incidents/${a.incidentId}`); }}>{mt('viewIncident')}</a>
                : <>
                  <button type="button" data-testid="open-incident" onClick={() => void open(a)}>{mt('openIncident')}</button>
                  <JoinIncident model={model} alert={a} />
                </>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* 一键立案 refused (legal reads alerts but opens no incident; the alert got one meanwhile) says why. */}
      {model.error.value && <p class="error" role="alert" data-testid="alert-error">{model.error.value}</p>}
    </>
  );
}
