import { useEffect } from 'preact/hooks';
import type { MonitorModel } from './model.ts';
import { bj, mt } from './text.ts';

/** 已归档: the 日报 / 周报 the hourly run archived when each period closed, as they stood then (issue 11 item 2). */
export function ArchiveList({ model, kind }: { model: MonitorModel; kind: 'daily' | 'weekly' }) {
  // The brand picked above the report: its own archive, or the one over all brands.
  const brand = model.brand.value;
  useEffect(() => void model.loadArchive(kind), [kind, brand]);
  const shown = model.archive.value;
  const reports = shown.kind === kind && shown.brand === brand ? shown.reports : null;
  return (
    <section class="archive" data-testid={`archive-${kind}`}>
      <h3>{mt('archive')}</h3>
      <p class="muted small">{mt('archiveNote')}</p>
      {reports && reports.length === 0 && <p class="muted">{mt('archiveNone')}</p>}
      {reports && reports.length > 0 && (
        <table><tbody>{reports.map((r) => (
          <tr key={r.id} data-testid="archived-report">
            <td>{r.label}</td>
            <td class="muted small">{mt('generatedAt', { t: bj(r.generatedAt) })}</td>
            <td><a class="button" href={`/api/reports/archive/${encodeURIComponent(r.id)}/pdf`} download>{mt('downloadPdf')}</a></td>
          </tr>
        ))}</tbody></table>
      )}
    </section>
  );
}
