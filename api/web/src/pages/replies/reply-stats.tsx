import type { ReplyStats } from '@vigil/shared/schemas/reply-use';
import { platformLabels } from '@vigil/shared/i18n/vocabulary';
import { formatTime, lang } from '../../i18n.ts';
import { rt } from './text.ts';

const Counts = ({ title, rows, label = (k: string) => k }: { title: string; rows: { key: string; count: number }[]; label?: (k: string) => string }) => (
  <div>
    <strong>{title}</strong>
    <ul>{rows.map((r) => <li key={r.key}>{label(r.key)}：{r.count}</li>)}</ul>
  </div>
);

/** Where and by whom a reply was used, with the exact text each time (what legal asks for). */
export function ReplyStatsView({ stats }: { stats: ReplyStats }) {
  const pname = (k: string) => (Object.hasOwn(platformLabels, k) ? platformLabels[k as keyof typeof platformLabels][lang.value] : k);
  return (
    <section data-testid="reply-stats">
      <h3>{rt('stats')} · {rt('total')} <span data-testid="reply-stats-total">{stats.total}</span></h3>
      <div class="stats-grid">
        <Counts title={rt('versions')} rows={stats.byVersion.map((v) => ({ key: `v${v.version}`, count: v.count }))} />
        <Counts title={rt('byPlatform')} rows={stats.byPlatform} label={pname} />
        <Counts title={rt('byUser')} rows={stats.byUser} />
        <Counts title={rt('byDay')} rows={stats.byDay} />
      </div>
      {stats.recent.length > 0 && (
        <table data-testid="reply-uses">
          <thead><tr><th>{rt('at')}</th><th>{rt('user')}</th><th>{rt('version')}</th><th>{rt('unit')}</th><th>{rt('finalText')}</th></tr></thead>
          <tbody>
            {stats.recent.map((u) => (
              <tr key={u.id} data-testid="reply-use">
                <td>{formatTime(u.usedAt)}</td>
                <td>{u.userName}</td>
                <td>v{u.version}</td>
                <td>{pname(u.platform)} {u.permalink ? <a href={u.permalink} target="_blank" rel="noreferrer noopener">{u.unitKey}</a> : u.unitKey}</td>
                <td class="body">{u.finalText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
