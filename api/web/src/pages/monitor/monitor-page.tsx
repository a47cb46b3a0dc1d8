import type { Role } from '@vigil/shared/schemas/common';
import { navigate, path } from '../../router.ts';
import { AlertList } from './alert-list.tsx';
import { Channels } from './channels.tsx';
import { PendingEscalations } from './escalations.tsx';
import { IncidentDetail, IncidentTable } from './incidents.tsx';
import type { MonitorModel } from './model.ts';
import './monitor.css';
import { Overview } from './overview.tsx';
import { ReportView } from './report-view.tsx';
import { SettingsForm } from './settings.tsx';
import { mt, type MonitorText } from './text.ts';
import { useEffect } from 'preact/hooks';

const tabs: [string, MonitorText][] = [['', 'overview'], ['daily', 'daily'], ['weekly', 'weekly'], ['alerts', 'alerts'], ['incidents', 'incidents'], ['channels', 'channels'], ['settings', 'settings']];

/** /reports: 舆情概览 and its tabs (issue 11). */
export function MonitorPage({ model, role, meId }: { model: MonitorModel; role: Role; meId: string }) {
  const [tab = '', id] = path.value.replace(/^\/reports\/?/, '').split('/');
  // Legal read alerts and incidents; PR leads (and admins) act on them.
  const canAct = role === 'pr_lead' || role === 'admin';
  useEffect(() => {
    void model.loadPendingCount();
    if (tab === 'alerts') void model.loadAlerts();
    if (tab === 'incidents' && !id) void model.loadIncidents();
  }, [tab, id]);
  return (
    <section class="monitor" data-testid="monitor-page">
      <h2>{tab === '' ? mt('overview') : mt(tabs.find(([t]) => t === tab)?.[1] ?? 'title')}</h2>
      <nav class="tabs">{tabs.map(([t, label]) => (
        <a key={t} href={`/reports${t ? `/${t}` : ''}`} class={t === tab ? 'active' : ''} onClick={(e) => { e.preventDefault(); navigate(`/reports${t ? `/${t}` : ''}`); }}>
          {mt(label)}
          {/* 待处理 alerts at a glance; the tab's name stays 预警 for assistive tech, the 待处理 filter says the rest. */}
          {t === 'alerts' && !!model.pendingCount.value && <span class="tab-count" aria-hidden="true" data-testid="alerts-pending-count" title={mt('state_pending')}>{model.pendingCount.value}</span>}
        </a>
      ))}</nav>
      {tab === '' && <Overview model={model} canAct={canAct} />}
      {(tab === 'daily' || tab === 'weekly') && <ReportView model={model} kind={tab} />}
      {tab === 'alerts' && <AlertList model={model} canAct={canAct} filter />}
      {tab === 'incidents' && (id ? <IncidentDetail model={model} id={decodeURIComponent(id)} canEdit={canAct} meId={meId} /> : <><PendingEscalations model={model.escalations} monitor={model} /><IncidentTable model={model} /></>)}
      {tab === 'channels' && <Channels model={model} role={role} />}
      {tab === 'settings' && <SettingsForm model={model.settings} />}
    </section>
  );
}
