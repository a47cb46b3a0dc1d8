import { signal } from '@preact/signals';
import type { Item, TabUnit } from '../storage.ts';
import type { EscalationCreate, EscalationMark } from './types.ts';

// 上报 in the side panel (issues 11 item 7, 13 item 1): one click sends the unit to the PR lead through the
// background's durable queue; each unit's card says what became of it (sent, waiting for the network, refused),
// read from storage so it survives closing the panel. The transport is handed in (messaging, or fakes in tests).

export interface EscalateTransport {
  escalate(escalation: EscalationCreate): Promise<EscalationMark>;
  marks: Item<Record<string, EscalationMark>>;
}

/** What the PR lead needs to judge the unit without opening the page; the level a person gave wins. */
export function escalationOf(unit: TabUnit, reason: 'risk' | 'no_reply', pageUrl?: string): EscalationCreate {
  return {
    key: unit.key, brand: unit.mentions[0]?.brand ?? unit.own?.brand ?? '', level: unit.correction?.level ?? unit.level,
    platform: unit.platform, text: unit.text.slice(0, 2000), reasons: unit.reasons.slice(0, 20), reason,
    ...(unit.permalink ? { permalink: unit.permalink.slice(0, 2000) } : {}),
    ...(pageUrl ? { url: pageUrl.slice(0, 2000) } : {}),
    ...(unit.author ? { author: unit.author.slice(0, 200) } : {}),
  };
}

export function createEscalateModel(transport: EscalateTransport) {
  const marks = signal<Record<string, EscalationMark>>({});
  /** Units whose click is on its way to the background. */
  const sending = signal<Record<string, true>>({});

  return {
    marks,
    sending,
    async start(abort: AbortSignal) {
      const unwatch = transport.marks.watch((m) => (marks.value = m));
      abort.addEventListener('abort', unwatch, { once: true });
      marks.value = await transport.marks.get();
    },
    async escalate(unit: TabUnit, reason: 'risk' | 'no_reply', pageUrl?: string): Promise<EscalationMark> {
      sending.value = { ...sending.value, [unit.key]: true };
      try {
        const mark = await transport.escalate(escalationOf(unit, reason, pageUrl)).catch((err: unknown): EscalationMark =>
          ({ state: 'refused', at: new Date().toISOString(), reason: 'unreachable', message: err instanceof Error ? err.message : String(err) }));
        marks.value = { ...marks.value, [unit.key]: mark };
        return mark;
      } finally {
        const { [unit.key]: _done, ...rest } = sending.value;
        sending.value = rest;
      }
    },
  };
}
export type EscalateModel = ReturnType<typeof createEscalateModel>;
