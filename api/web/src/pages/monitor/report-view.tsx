import { useEffect } from 'preact/hooks';
import type { Report } from '@vigil/shared/schemas/monitoring';
import { platformOption, sentimentOption, trendOption } from '@vigil/shared/charts/report-charts';
import { ArchiveList } from './archive-list.tsx';
import { BrandPicker } from './brand-picker.tsx';
import { Chart } from './chart.tsx';
import type { MonitorModel } from './model.ts';
import { lang } from '../../i18n.ts';
import { attentionKind, bj, colon, deadlineName, inLang, listSep, paren, semi, levelName, mt, platformName } from './text.ts';

/** 日报 / 周报 in the layout Chinese teams expect, with PDF and CSV downloads of the same report. */
export function ReportView({ model, kind }: { model: MonitorModel; kind: 'daily' | 'weekly' }) {
  const load = kind === 'daily' ? model.loadDaily : model.loadWeekly;
  useEffect(() => void load(), [kind, model.date.value, model.brand.value]);
  const r: Report | null = (kind === 'daily' ? model.daily : model.weekly).value;
  const q = new URLSearchParams({ [kind === 'daily' ? 'date' : 'week']: model.date.value, ...(model.brand.value ? { brand: model.brand.value } : {}) });
  return (
    <div class="report" data-testid={`report-${kind}`}>
      <div class="toolbar">
        <label>{mt('date')} <input type="date" value={model.date.value} onChange={(e) => (model.date.value = (e.target as HTMLInputElement).value)} data-testid="report-date" /></label>
        <BrandPicker model={model} />
        <a class="button" href={`/api/reports/${kind}.pdf?${q}`} download data-testid="download-pdf">{mt('downloadPdf')}</a>
        <a class="button" href={`/api/reports/${kind}.csv?${q}`} download>{mt('downloadCsv')}</a>
      </div>
      {!r ? <p class="muted">{mt('loading')}</p> : (
        <>
          <dl class="kv">
            <dt>{mt('period')}</dt><dd>{bj(r.period.start)} – {bj(r.period.end)}{mt('beijingTime')}{r.period.asOf && <span data-testid="report-as-of"> · {mt('asOf')} {bj(r.period.asOf)}</span>}</dd>
            <dt>{mt('scope')}</dt><dd>{r.basis.brands.join(listSep()) || '—'} · {r.basis.platforms.map(platformName).join(listSep()) || '—'}</dd>
            {r.header?.department && <><dt>{mt('department')}</dt><dd data-testid="report-department">{r.header.department}</dd></>}
            {r.header?.recipients && <><dt>{mt('recipients')}</dt><dd data-testid="report-recipients">{r.header.recipients}</dd></>}
            <dt>{mt('basis')}</dt><dd>{inLang(r.basis.note, r.basis.noteEn)}</dd>
          </dl>
          <h3>{mt('summary')}</h3>
          <ul data-testid="summary">{(lang.value === 'en' && r.summaryEn ? r.summaryEn : r.summary).map((s) => <li key={s}>{s}</li>)}</ul>
          <h3>{mt('attention')}</h3>
          {r.attention.length ? <ul class="attention" data-testid="attention">{r.attention.map((a) => <li key={a.ref + a.text} data-kind={a.kind}><span class={`kind kind-${a.kind}`}>{mt(attentionKind[a.kind] ?? 'kindAlert')}</span> {inLang(a.text, a.textEn)}</li>)}</ul> : <p class="muted">{mt('none')}</p>}
          <h3>{mt('trend')}</h3>
          <Chart option={trendOption(r, lang.value)} testId={`chart-${kind}-trend`} />
          <div class="chart-row">
            <Chart option={platformOption(r, lang.value)} height={240} testId={`chart-${kind}-platform`} />
            <Chart option={sentimentOption(r, lang.value)} height={240} testId={`chart-${kind}-sentiment`} />
          </div>
          <h3>{mt('hotWords')}</h3>
          <p class="tags">{r.hotWords.map((w) => <span key={w.word} class="tag">{w.word} {w.count}</span>)}</p>
          <h3>{mt('keyEvents')}</h3>
          <ol class="posts">{r.topNegative.map((p) => <li key={p.key}>{p.text} <small>{paren(`${platformName(p.platform)} · ${p.reach} · ${bj(p.firstSeenAt)}`)}</small></li>)}</ol>
          <h3>{mt('handling')}</h3>
          <ul>{r.incidents.map((i) => <li key={i.id}>{i.title}{paren(levelName(i.level))}{colon()}{i.deadlines.map((d) => `${deadlineName(d.kind)} ${mt(d.state === 'overdue' ? 'missed' : d.state)}`).join(semi()) || '—'}</li>)}</ul>
        </>
      )}
      <ArchiveList model={model} kind={kind} />
    </div>
  );
}
