import { useEffect } from 'preact/hooks';
import type { HealthFieldRow, HealthSiteRow } from '@vigil/shared/schemas/adapter-health';
import { adapterFieldLabel, platformLabel } from '@vigil/shared/i18n/vocabulary';
import { formatTime, lang, localMessage } from '../../i18n.ts';
import type { AdaptersModel } from './model.ts';
import { at } from './text.ts';
import './adapters.css';

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
const num = (n: number | null) => (n === null ? '—' : String(n));
const siteName = (site: string) => platformLabel(site, lang.value);

function SiteState({ site }: { site: HealthSiteRow }) {
  if (site.anomaly) return <span class="health-state bad" data-testid="anomaly">{at('anomaly')}</span>;
  if (site.pages === 0) return <span class="health-state muted">{at('quiet')}</span>;
  // Without the week before there is nothing to compare with.
  return site.weekPages > 0 ? <span class="health-state good">{at('ok')}</span> : <span class="muted">—</span>;
}

function SiteTable({ sites }: { sites: HealthSiteRow[] }) {
  return (
    <table data-testid="adapter-sites">
      <thead>
        <tr><th>{at('site')}</th><th class="num">{at('pages24')}</th><th class="num">{at('upp24')}</th><th class="num">{at('upp7')}</th><th>{at('state')}</th></tr>
      </thead>
      <tbody>
        {sites.map((s) => (
          <tr key={s.site} data-testid="adapter-site" data-site={s.site} data-anomaly={String(s.anomaly)} class={s.anomaly ? 'anomaly' : undefined}>
            <td>{siteName(s.site)}</td>
            <td class="num">{s.pages}</td>
            <td class="num" data-testid="units-per-page">{num(s.unitsPerPage)}</td>
            <td class="num">{num(s.weekUnitsPerPage)}</td>
            <td><SiteState site={s} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function State({ row }: { row: HealthFieldRow }) {
  if (row.anomaly) return <span class="health-state bad" data-testid="anomaly">{at('anomaly')}</span>;
  if (row.day.total === 0) return <span class="health-state muted">{at('quiet')}</span>;
  if (row.day.total < 10) return <span class="health-state muted">{at('few')}</span>;
  return <span class="health-state good">{at('ok')}</span>;
}

/** Anomalies first, then by site and field, so a site release is the first thing an admin sees. */
const order = (a: HealthFieldRow, b: HealthFieldRow) => Number(b.anomaly) - Number(a.anomaly) || a.site.localeCompare(b.site) || a.field.localeCompare(b.field);

function FieldTable({ fields }: { fields: HealthFieldRow[] }) {
  return (
    <table data-testid="adapter-fields">
      <thead>
        <tr>
          <th>{at('site')}</th><th>{at('field')}</th><th class="num">{at('rate24')}</th><th class="num">{at('rate7')}</th>
          <th class="num">{at('fallback')}</th><th class="num">{at('missing')}</th><th class="num">{at('samples')}</th><th>{at('state')}</th>
        </tr>
      </thead>
      <tbody>
        {[...fields].sort(order).map((f) => (
          <tr key={`${f.site}|${f.field}`} data-testid="adapter-field" data-site={f.site} data-field={f.field} data-anomaly={String(f.anomaly)} class={f.anomaly ? 'anomaly' : undefined}>
            <td>{siteName(f.site)}</td>
            <td>{adapterFieldLabel(f.field, lang.value)}</td>
            <td class="num" data-testid="rate-24h">{pct(f.day.primaryRate)}</td>
            <td class="num" data-testid="rate-7d">{pct(f.week.primaryRate)}</td>
            <td class="num" data-testid="fallback-share">{pct(f.day.fallbackShare)}</td>
            <td class="num">{f.day.missing}</td>
            <td class="num">{f.day.total}<span class="muted small"> · {f.day.reporters === 1 ? at('reporter') : at('reporters', { n: f.day.reporters })}</span></td>
            <td><State row={f} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AdaptersPage({ model }: { model: AdaptersModel }) {
  useEffect(() => void model.load(), [model]);
  const v = model.view.value;
  return (
    <section class="adapters" data-testid="adapters">
      <div class="bar">
        <h2>{at('title')}</h2>
        <button type="button" data-testid="adapters-refresh" disabled={model.loading.value} onClick={() => void model.load()}>{at('refresh')}</button>
      </div>
      <p class="muted">{at('intro')}</p>
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
      {v && v.fields.length === 0 && v.sites.length === 0 && <p class="muted" data-testid="adapters-empty">{at('empty')}</p>}
      {v && (v.fields.length > 0 || v.sites.length > 0) && (
        <>
          <p class="muted small" data-testid="adapters-at">{at('updated', { at: formatTime(v.at) })}</p>
          <h3>{at('fields')}</h3>
          <FieldTable fields={v.fields} />
          <p class="muted small">{at('rule')}</p>
          <h3>{at('sites')}</h3>
          <SiteTable sites={v.sites} />
          <p class="muted small">{at('siteRule')}</p>
        </>
      )}
      {v && (
        <>
          <h3>{at('alerts')}</h3>
          {v.alerts.length === 0 ? <p class="muted">{at('noAlerts')}</p> : (
            <ul class="adapter-alerts" data-testid="adapter-alerts">
              {v.alerts.map((a) => <li key={a.id} data-testid="adapter-alert"><strong>{formatTime(a.hour)}</strong> {localMessage(a.explanation)}</li>)}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
