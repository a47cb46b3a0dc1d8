import { send } from '../messaging.ts';
import { stores } from '../storage.ts';
import type { EscalateTransport } from './panel-model.ts';

/** The side panel's 上报 over extension messaging (issues 11 item 7, 13 item 1). */
export function escalateTransport(): EscalateTransport {
  return { escalate: (escalation) => send('mention:escalate', { escalation }), marks: stores().escalated };
}
