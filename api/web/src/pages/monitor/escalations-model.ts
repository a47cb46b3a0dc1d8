import { signal } from '@preact/signals';
import { localMessage } from '@vigil/shared/i18n/dictionary';
import type { EscalationRecord } from '@vigil/shared/schemas/escalation';
import type { IncidentRecord } from '@vigil/shared/schemas/incident';
import { ApiError, ok, type Api } from '../../api.ts';
import { lang } from '../../i18n.ts';

/** 待处理上报 (issues 11 item 7, 13 item 1): staff escalations waiting for the PR lead, over the typed client. */
export function createEscalationsModel(api: Api, onUnauthorized: () => void) {
  const e = api.api.escalations;
  const open = signal<EscalationRecord[]>([]);
  const error = signal<string | null>(null);
  const busy = signal<string | null>(null);

  async function run<T>(id: string | null, action: () => Promise<T>): Promise<T | undefined> {
    error.value = null;
    busy.value = id;
    try {
      return await action();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else error.value = localMessage(err instanceof Error ? err.message : String(err), lang.value);
      return undefined;
    } finally {
      busy.value = null;
    }
  }
  const load = () => run(null, async () => { open.value = (await ok(e.$get({ query: { status: 'open' } }))).escalations; });

  return {
    open, error, busy, load,
    /** 一键立案: the new incident, or undefined (the error says why). */
    toIncident: (id: string) => run(id, async () => {
      const made = (await ok(e[':id'].incident.$post({ param: { id }, json: {} }))) as IncidentRecord;
      open.value = open.value.filter((x) => x.id !== id);
      return made;
    }),
    link: (id: string, incidentId: string) => run(id, async () => {
      await ok(e[':id'].$patch({ param: { id }, json: { incidentId } }));
      open.value = open.value.filter((x) => x.id !== id);
    }),
    dismiss: (id: string) => run(id, async () => {
      await ok(e[':id'].$patch({ param: { id }, json: { status: 'dismissed' } }));
      open.value = open.value.filter((x) => x.id !== id);
    }),
  };
}
export type EscalationsModel = ReturnType<typeof createEscalationsModel>;
