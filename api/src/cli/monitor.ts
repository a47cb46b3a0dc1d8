import { openRuntime } from '../runtime.ts';
import { monitorRun } from '../monitoring/scheduler.ts';
import { beijingLabel, hourStart, HOUR } from '../monitoring/time.ts';
import { command, parse, UsageError } from './command.ts';

// `vigil monitor run [--at ISO]` (issue 11): detection and notifications for the hour that ends at --at (default:
// the hour that ended last), exactly what the API's scheduler runs each hour.

/** " (2 muted)" when a 静默 set some of the new alerts aside on arrival; nothing otherwise. */
const muted = (created: { dismissedAt?: string | null }[]) => {
  const n = created.filter((a) => a.dismissedAt).length;
  return n ? ` (${n} muted)` : '';
};

export const monitorCommand = command(
  { name: 'monitor', usage: 'monitor run [--at ISO]', summary: 'run spike detection and notifications for one hour' },
  async (args) => {
    const { positionals, values } = parse(args, { at: { type: 'string' } }, true);
    if (positionals[0] !== 'run' || positionals.length !== 1) throw new UsageError('monitor needs run');
    const at = values.at === undefined ? hourStart(new Date()) : new Date(values.at);
    if (Number.isNaN(at.getTime())) throw new UsageError(`bad --at: ${values.at}`);
    const { db, deps } = await openRuntime();
    try {
      const { created, adapterAlerts, delivered, reports } = await monitorRun(deps, at);
      const from = hourStart(new Date(at.getTime() - 1));
      console.log(`hour ${beijingLabel(from)}–${beijingLabel(new Date(from.getTime() + HOUR)).slice(11)} (Beijing): ${created.length} new alert(s)${muted(created)}, ${adapterAlerts.length} adapter alert(s), ${delivered} notification(s) sent`);
      for (const a of created) console.log(`  [${a.level}] ${a.brand} ${a.rule}${a.scope ? `:${a.scope}` : ''} observed ${a.observed} score ${a.score} — ${a.explanation}`);
      for (const r of reports) console.log(`  ${r.kind === 'daily' ? '日报' : '周报'} ${r.label} archived (its period has closed)`);
      for (const a of adapterAlerts) console.log(`  [adapter] ${a.site} ${a.field} ${Math.round(a.baselineRate * 100)}% → ${Math.round(a.recentRate * 100)}% — ${a.explanation}`);
      return 0;
    } finally {
      db.$client.close();
    }
  },
);
