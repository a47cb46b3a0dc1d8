import type { CaptureReceipt } from '@vigil/shared/schemas/capture';

/**
 * What the capture feature (issue 6) says to the side panel: the steps of one capture, the outbox as the user sees
 * it, and the outcome of a click. Shared by the background (capture/, outbox) and the side panel model.
 */

export type CaptureKind = 'unit' | 'page';

export const captureSteps = ['prepare', 'viewport', 'unit', 'fullpage', 'snapshot', 'data', 'sign', 'outbox', 'upload'] as const;
export type CaptureStep = (typeof captureSteps)[number];

/** Why an upload has not gone through yet; `rejected` is the only final one (the server refused this capture). */
export type OutboxErrorKind = 'unreachable' | 'token_revoked' | 'invalid_token' | 'not_configured' | 'server' | 'rejected';

export interface OutboxError {
  kind: OutboxErrorKind;
  status?: number;
  code?: string;
  message?: string;
}

/** pending: will be (re)tried; failed: the server refused it (kept, never deleted); delivered: receipt in hand. */
export type OutboxState = 'pending' | 'failed' | 'delivered';

export interface OutboxItem {
  captureId: string;
  kind: CaptureKind;
  url: string;
  title: string;
  createdAt: string;
  state: OutboxState;
  attempts: number;
  /** Epoch ms of the next automatic attempt (pending only). */
  nextAttemptAt?: number;
  error?: OutboxError;
  receipt?: CaptureReceipt;
}

export interface OutboxSummary {
  /** Captures not yet acknowledged by the server (pending + failed). */
  pending: number;
  items: OutboxItem[];
}

export interface CaptureRequest {
  tabId: number;
  kind: CaptureKind;
  /** The unit's key (`tab:<tabId>` units) for a unit capture. */
  unitKey?: string;
  /** Extra signed manifest notes, e.g. `recheck` for a takedown re-check (issue 10). */
  notes?: Record<string, unknown>;
}

export type CaptureOutcome =
  | { ok: true; item: OutboxItem }
  /** The capture could not be made at all (nothing was written): e.g. never connected, tab gone. */
  | { ok: false; message: string };

/** Broadcast from the background to open side panels (BroadcastChannel {@link CAPTURE_CHANNEL}). */
export type CaptureEvent =
  | { type: 'progress'; tabId: number; step: CaptureStep; done: CaptureStep[]; detail?: string }
  | { type: 'outbox'; summary: OutboxSummary };

export const CAPTURE_CHANNEL = 'vigil-capture';
