import type { BackgroundModule } from '../background-modules.ts';
import type { Stores } from '../storage.ts';
import { createHealthReporter } from './health-upload.ts';

/** Adapter health in the background (issue 12 item 4): pages' counts in, hourly running totals out to the API. */
export function createHealthBackground(stores: Stores, opts: { fetch?: typeof fetch } = {}): BackgroundModule {
  const reporter = createHealthReporter(stores, opts);
  return {
    handlers: {
      'health:page': async (page) => {
        await reporter.record(page);
        return null;
      },
    },
    start() {
      reporter.listen();
      // Totals queued before the worker stopped go out once it runs again.
      void reporter.flush().catch(() => {});
    },
  };
}
