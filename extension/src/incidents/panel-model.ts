import { signal } from '@preact/signals';
import type { IncidentsInfo } from './types.ts';

// The side panel's 处置中的事件 (issue 11 item 7): asks the background for the open incidents (it syncs them at
// most once a minute and keeps the last list offline) and ticks the countdowns every minute.

export interface IncidentsTransport {
  open(): Promise<IncidentsInfo>;
}

const TICK_MS = 60_000;

/** `23:41` hours:minutes to `due` from `now`, and whether it is past (已超时). */
export function countdown(due: string, now: number): { overdue: boolean; text: string } {
  const left = Date.parse(due) - now;
  const minutes = Math.floor(Math.abs(left) / 60_000);
  return { overdue: left < 0, text: `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}` };
}

export function createIncidentsModel(transport: IncidentsTransport, clock: () => number = Date.now) {
  const info = signal<IncidentsInfo>({ incidents: [], source: 'none' });
  const now = signal(clock());

  async function refresh() {
    info.value = await transport.open().catch(() => info.value);
    now.value = clock();
  }

  return {
    info,
    now,
    refresh,
    async start(abort: AbortSignal) {
      const timer = setInterval(() => void refresh(), TICK_MS);
      abort.addEventListener('abort', () => clearInterval(timer), { once: true });
      await refresh();
    },
  };
}
export type IncidentsModel = ReturnType<typeof createIncidentsModel>;
