import type { BackgroundModule } from '../background-modules.ts';
import type { Stores } from '../storage.ts';
import { createEscalationUploader } from './upload.ts';

/** The 上报 module of the background (issues 11 item 7, 13 item 1): one message, the queue's retry alarm. */
export function createEscalationBackground(stores: Stores, doFetch?: typeof fetch): BackgroundModule {
  const uploader = createEscalationUploader(stores, doFetch);
  // Escalations queued before the worker last stopped go out as soon as it runs again.
  void uploader.flush().catch(() => {});
  return {
    handlers: { 'mention:escalate': ({ escalation }) => uploader.escalate(escalation) },
    start: uploader.listen,
  };
}
