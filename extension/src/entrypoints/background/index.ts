import { defineBackground } from 'wxt/utils/define-background';
import { backgroundModules } from '../../background-modules.ts';
import { serveChannels } from '../../channel.ts';
import { listen, mergeHandlers } from '../../messaging.ts';
import { stores } from '../../storage.ts';

export default defineBackground(() => {
  // Wiring only (STYLE habit 5): every module's handlers answered by one listener, then each module's events.
  const modules = backgroundModules(stores());
  const handlers = mergeHandlers(...modules.map((m) => m.handlers));
  listen(handlers);
  serveChannels(handlers);
  for (const m of modules) m.start?.();
});
