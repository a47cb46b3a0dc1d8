import type { EscalationCreate } from '@vigil/shared/schemas/escalation';
import type { FailureReason } from '../api-client.ts';

// 上报 from the side panel (issues 11 item 7, 13 item 1): what the panel asks and what it shows on the unit.

export type { EscalationCreate };

/** What became of a unit's escalation, kept per unit key so the card says it after the panel reopens. */
export interface EscalationMark {
  /** sent: the PR lead has it; queued: kept in the outbox until the API answers; refused: the API will never take it. */
  state: 'sent' | 'queued' | 'refused';
  /** ISO time of the click (queued) or of the API's answer (sent, refused). */
  at: string;
  reason?: FailureReason;
  /** The API's message (中文 / English) when it refused. */
  message?: string;
  /** The escalation's id in the API, once sent. */
  id?: string;
}
