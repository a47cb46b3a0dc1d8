// The capture types the side panel uses, re-exported so components import from models/ only.
export type { CaptureEvent, CaptureKind, CaptureOutcome, CaptureRequest, CaptureStep, OutboxError, OutboxItem, OutboxSummary } from '../capture/types.ts';
export { captureSteps } from '../capture/types.ts';
export type TimestampState = 'granted' | 'pending' | 'failed';
