import { useEffect } from 'preact/hooks';
import { platformOption, sentimentOption, trendOption } from '@vigil/shared/charts/report-charts';
import { BrandPicker } from './brand-picker.tsx';
import { Chart } from './chart.tsx';
import type { MonitorModel } from './model.ts';
import { AlertList } from './alert-list.tsx';
import { IncidentTable } from './incidents.tsx';
import { EscalationNotice } from './escalations.tsx';
import { lang } from '../../i18n.ts';
import { attentionKind, bj, categoryName, colon, inLang, paren, periodLabel, levelName, mt, platformName } from './text.ts';

/** 舆情概览: the last 7 days, hourly, raw and per 1 000 units scanned; alerts and open incidents beside it. */
export function Overview({ model, canAct }: { model: MonitorModel; canAct: boolean }) {
  useEffect(() => void model.loadOverview(), [model.brand.value]);
  const r = model.overview.value;
  if (!r) return <p class="muted">{mt('loading')}</p>;
  return (
    <div class="monitor-overview" data-testid="overview">
      <div class="toolbar"><BrandPicker model={model} /></div>
      <p class="muted">{mt('period')}{colon()}{periodLabel(r.period.label)} · {mt('basis')}{colon()}{inLang(r.basis.note, r.basis.noteEn)}</p>
      <div class="kpis">
        <div><strong data-testid="kpi-mentions">{r.totals.mentions}</strong><span>{mt('mentions')}</span></div>
        <div><strong>{r.totals.bySentiment.negative ?? 0}</strong><span>{mt('negative')}</span></div>
        <div><strong>{r.totals.byLevel.severe ?? 0}</strong><span>{mt('severe')}</span></div>
        <div><strong>{r.basis.unitsScanned}</strong><span>{mt('units')}</span></div>
        <div><strong>{r.replyUses}</strong><span>{mt('replyUses')}</span></div>
        <div><strong>{r.captures}</strong><span>{mt('captures')}</span></div>
      </div>
      <h3>{mt('summary')}</h3>
      <ul data-testid="summary">{(lang.value === 'en' && r.summaryEn ? r.summaryEn : r.summary).map((s) => <li key={s}>{s}</li>)}</ul>
      <EscalationNotice model={model.escalations} />
      <h3>{mt('attention')}</h3>
      {r.attention.length
        ? <ul class="attention" data-testid="attention">{r.attention.map((a) => <li key={a.kind + a.ref} data-kind={a.kind}><span class={`kind kind-${a.kind}`}>{mt(attentionKind[a.kind] ?? 'kindAlert')}</span> {inLang(a.text, a.textEn)}</li>)}</ul>
        : <p class="muted">{mt('none')}</p>}
      <Chart option={trendOption(r, lang.value)} height={300} testId="chart-trend" />
      <div class="chart-row">
        <Chart option={platformOption(r, lang.value)} height={240} testId="chart-platform" />
        <Chart option={sentimentOption(r, lang.value)} height={240} testId="chart-sentiment" />
      </div>
      <h3>{mt('openIncidents')}</h3>
      <IncidentTable model={model} />
      <h3>{mt('recentAlerts')}</h3>
      <AlertList model={model} limit={8} canAct={canAct} />
      <div class="two-col">
        <section>
          <h3>{mt('topNegative')}</h3>
          <ol class="posts">{r.topNegative.map((p) => <li key={p.key}><span class={`lv lv-${p.level}`}>{levelName(p.level)}</span> {p.text} <small>{paren(`${platformName(p.platform)} · ${p.reach} · ${bj(p.firstSeenAt)}`)}</small></li>)}</ol>
          <h3>{mt('topVelocity')}</h3>
          <ol class="posts">{r.topVelocity.map((p) => <li key={p.key}>{p.text} <small>{paren(`${Math.round(p.reachVelocity ?? 0)}/h`)}</small></li>)}</ol>
        </section>
        <section>
          <h3>{mt('hotWords')}</h3>
          <p class="tags">{r.hotWords.length ? r.hotWords.map((w) => <span key={w.word} class="tag">{w.word} {w.count}</span>) : mt('none')}</p>
          <h3>{mt('categories')}</h3>
          <p class="tags">{r.categories.map((c) => <span key={c.category} class="tag">{categoryName(c.category)} {c.count}</span>)}</p>
        </section>
      </div>
    </div>
  );
}
