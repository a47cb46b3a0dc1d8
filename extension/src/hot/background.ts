import type { BackgroundModule } from '../background-modules.ts';
import type { Stores } from '../storage.ts';
import { createHotUploader } from './hot-upload.ts';

/** The 热搜 watch module of the background (issue 11 item 4): sightings from pages into the durable queue. */
export function createHotBackground(stores: Stores, doFetch?: typeof fetch): BackgroundModule {
  const uploader = createHotUploader(stores, doFetch);
  // Sightings queued before the worker last stopped go out as soon as it runs again.
  void uploader.flush().catch(() => {});
  return {
    handlers: { 'hot:sightings': async ({ sightings }) => ({ queued: await uploader.report(sightings) }) },
    start: uploader.listen,
  };
}
