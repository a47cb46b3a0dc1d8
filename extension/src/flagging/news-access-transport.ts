import { send } from '../messaging.ts';
import { stores } from '../storage.ts';
import type { NewsAccessTransport } from './news-access.ts';
import { grantedNewsHosts } from './news-scripts.ts';

/** The news-host grant over chrome.permissions and extension messaging (issue 12). */
export function newsAccessTransport(): NewsAccessTransport {
  return {
    pack: () => send('rules:pack'),
    granted: (hosts) => grantedNewsHosts(hosts),
    request: (origins) => chrome.permissions.request({ origins }),
    enable: () => send('news:enable'),
    watch(callback) {
      const changed = () => callback();
      chrome.permissions.onAdded.addListener(changed);
      chrome.permissions.onRemoved.addListener(changed);
      const unwatchPack = stores().rulePack.watch(changed);
      return () => {
        chrome.permissions.onAdded.removeListener(changed);
        chrome.permissions.onRemoved.removeListener(changed);
        unwatchPack();
      };
    },
  };
}
