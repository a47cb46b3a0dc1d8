import { signal } from '@preact/signals';
import type { AlertDismissReason, AlertMute, AlertRecord, Report } from '@vigil/shared/schemas/monitoring';

type AlertState = 'pending' | 'incident' | 'dismissed';
import type { IncidentBroadcastResult, IncidentOwners, IncidentRecord } from '@vigil/shared/schemas/incident';
import type { ApprovedReply } from '@vigil/shared/schemas/reply';
import { ok, type Api } from '../../api.ts';
import { guarded } from '../../models/guarded.ts';
import { createEscalationsModel } from './escalations-model.ts';
import { createSettingsModel } from './settings-model.ts';
import { beijingDay } from '@vigil/shared/i18n/beijing-time';

export interface Archived { id: string; kind: 'daily' | 'weekly'; periodDate: string; label: string; generatedAt: string; brand: string | null }
type IncidentSummary = Omit<IncidentRecord, 'timeline'>;
export interface Channel { id: string; name: string; kind: string; urlHint: string; hasSecret: boolean; minLevel: string; quietHours: { start: string; end: string; breakthrough: string } | null; capPerHour: number; brand: string | null; topics: string[]; enabled: boolean }
export interface Delivery { id: string; channelId: string; title: string; status: string; heldFor: string | null; attempts: number; lastError: string | null; createdAt: string; sentAt: string | null; dueAt: string }

/** Beijing calendar date of now, YYYY-MM-DD. */
export const todayBeijing = () => beijingDay(Date.now());

/** 舆情监测 (issue 11): overview, 日报/周报, alerts, incidents and notification channels, over the typed client. */
export function createMonitorModel(api: Api, onUnauthorized: () => void) {
  const r = api.api.reports;
  const brand = signal('');
  const brands = signal<string[]>([]);
  const overview = signal<Report | null>(null);
  const daily = signal<Report | null>(null);
  const weekly = signal<Report | null>(null);
  const date = signal(todayBeijing());
  const alerts = signal<AlertRecord[]>([]);
  /** Which alerts the 预警 tab lists: 待处理 first, as an inbox. */
  const alertState = signal<AlertState | 'all'>('pending');
  /** How many alerts nobody has acted on (the 预警 tab's badge); null until read. */
  const pendingCount = signal<number | null>(null);
  /** The running 静默 (muted rules), shown above the 预警 list with 解除静默. */
  const mutes = signal<AlertMute[]>([]);
  const incidents = signal<IncidentSummary[]>([]);
  const incident = signal<IncidentRecord | null>(null);
  /** For the PR lead's handling of one incident: who can own it, and the approved 口径 a holding statement comes from. */
  const owners = signal<IncidentOwners['items']>([]);
  const approved = signal<ApprovedReply[]>([]);
  const channels = signal<Channel[]>([]);
  const archive = signal<{ kind: string; brand: string; reports: Archived[] }>({ kind: '', brand: '', reports: [] });
  const deliveries = signal<Delivery[]>([]);
  const loading = signal(false);
  const error = signal<string | null>(null);

  const run = guarded({ error, busy: loading, onUnauthorized });
  /** The 预警 tab's badge: read on each tab change and after 忽略 / 恢复, quietly (a failure leaves the last count). */
  const loadPendingCount = async () => {
    const res = await api.api.alerts.$get({ query: { state: 'pending', limit: '1' } as never }).catch(() => null);
    if (res?.ok) pendingCount.value = (await res.json()).total;
  };
  const b = () => (brand.value ? { brand: brand.value } : {});

  return {
    /** 待处理上报 from the side panel (issues 11 item 7, 13 item 1). */
    escalations: createEscalationsModel(api, onUnauthorized),
    settings: createSettingsModel(api, onUnauthorized),
    brand, brands, archive, overview, daily, weekly, date, alerts, alertState, pendingCount, mutes, incidents, incident, owners, approved, channels, deliveries, loading, error,
    loadOverview: () => run(async () => {
      const [o, a, i] = await Promise.all([ok(r.overview.$get({ query: b() })), ok(api.api.alerts.$get({ query: { ...b(), limit: '50' } as never })), ok(api.api.incidents.$get({ query: { status: 'open', ...b() } }))]);
      overview.value = o as Report;
      alerts.value = a.alerts;
      incidents.value = i.incidents as IncidentSummary[];
    }),
    /** The pack's brands, for the report page's brand picker. */
    loadBrands: () => run(async () => { brands.value = (await ok(api.api.brands.$get())).map((x) => x.name); }),
    loadDaily: () => run(async () => { daily.value = (await ok(r.daily.$get({ query: { date: date.value, ...b() } }))) as Report; }),
    loadWeekly: () => run(async () => { weekly.value = (await ok(r.weekly.$get({ query: { week: date.value, ...b() } }))) as Report; }),
    loadArchive: (kind: 'daily' | 'weekly') => run(async () => {
      archive.value = { kind, brand: brand.value, reports: (await ok(r.archive.$get({ query: { kind, ...b() } }))).reports as Archived[] };
    }),
    /** The alerts, and the open incidents an alert can join instead of opening one more. */
    loadAlerts: () => run(async () => {
      const state = alertState.value === 'all' ? {} : { state: alertState.value };
      const [a, i, m] = await Promise.all([
        ok(api.api.alerts.$get({ query: { ...b(), ...state, limit: '100' } as never })), ok(api.api.incidents.$get({ query: { status: 'open', ...b() } })),
        ok(api.api.alerts.mutes.$get({ query: b() })),
      ]);
      alerts.value = a.alerts;
      incidents.value = i.incidents as IncidentSummary[];
      mutes.value = m.mutes;
    }),
    /** 并入事件: the alert joins an open incident (its top posts linked, as on opening); true once done. */
    joinAlert: (incidentId: string, alertId: string) => run(async () => {
      incident.value = (await ok(api.api.incidents[':id'].$patch({ param: { id: incidentId }, json: { link: { kind: 'alert', ref: alertId } } }))) as IncidentRecord;
      return true;
    }),
    loadPendingCount,
    /**
     * 忽略 with a reason (and, with `muteHours`, 静默 of its rule), or 恢复 (`reason` null, which also lifts its mute);
     * the alert is replaced in the list. True once saved.
     */
    dismissAlert: (id: string, reason: AlertDismissReason | null, note = '', muteHours = 0) => run(async () => {
      const json = reason ? { dismissed: true, reason, ...(note.trim() ? { note: note.trim() } : {}), ...(muteHours ? { muteHours } : {}) } : { dismissed: false };
      const saved = (await ok(api.api.alerts[':id'].$patch({ param: { id }, json }))) as AlertRecord;
      alerts.value = alerts.value.map((a) => (a.id === id ? saved : a));
      mutes.value = (await ok(api.api.alerts.mutes.$get({ query: b() }))).mutes;
      void loadPendingCount();
      return true;
    }),
    /** 解除静默: the rule alerts again from the next hour. */
    liftMute: (id: string) => run(async () => {
      await ok(api.api.alerts.mutes[':id'].$delete({ param: { id } }));
      mutes.value = mutes.value.filter((m) => m.id !== id);
      return true;
    }),
    loadIncidents: () => run(async () => { incidents.value = (await ok(api.api.incidents.$get({ query: b() }))).incidents as IncidentSummary[]; }),
    loadIncident: (id: string) => run(async () => { incident.value = (await ok(api.api.incidents[':id'].$get({ param: { id } }))) as IncidentRecord; }),
    /** One click from an alert: opens the incident with the alert's level and top posts linked. */
    openFromAlert: (a: AlertRecord, title: string) => run(async () => {
      const made = (await ok(api.api.incidents.$post({ json: { title, brand: a.brand, level: a.level, alertId: a.id } }))) as IncidentRecord;
      incident.value = made;
      return made;
    }),
    /** 进展通报 to the channels; each channel's outcome, the incident reloaded with the timeline line. Null on a refusal (no channel). */
    broadcastIncident: (id: string, note: string) => run(async () => {
      const result = (await ok(api.api.incidents[':id'].broadcast.$post({ param: { id }, json: note.trim() ? { note: note.trim() } : {} }))) as IncidentBroadcastResult;
      incident.value = (await ok(api.api.incidents[':id'].$get({ param: { id } }))) as IncidentRecord;
      return result;
    }),
    /** True once saved; on a refusal `error` says why. */
    patchIncident: (id: string, json: Record<string, unknown>) => run(async () => { incident.value = (await ok(api.api.incidents[':id'].$patch({ param: { id }, json: json as never }))) as IncidentRecord; return true; }),
    loadHandling: () => run(async () => {
      const [o, a] = await Promise.all([ok(api.api.incidents.owners.$get()), ok(api.api.replies.approved.$get())]);
      owners.value = o.items;
      approved.value = a.replies;
    }),
    loadChannels: () => run(async () => {
      const [c, d] = await Promise.all([ok(api.api.notify.channels.$get()), ok(api.api.notify.deliveries.$get({ query: {} }))]);
      channels.value = c.channels as Channel[];
      deliveries.value = d.deliveries as Delivery[];
    }),
    /** True once the channel is saved; on a refusal `error` says why and the form keeps what was typed. */
    addChannel: (json: Record<string, unknown>) => run(async () => { await ok(api.api.notify.channels.$post({ json: json as never })); return true; }),
    updateChannel: (id: string, json: Record<string, unknown>) => run(async () => { await ok(api.api.notify.channels[':id'].$patch({ param: { id }, json: json as never })); return true; }),
    removeChannel: (id: string) => run(async () => { await ok(api.api.notify.channels[':id'].$delete({ param: { id } })); return true; }),
    testChannel: (id: string) => run(async () => ok(api.api.notify.channels[':id'].test.$post({ param: { id } }))),
  };
}
export type MonitorModel = ReturnType<typeof createMonitorModel>;
