import { openChannel } from '../channel.ts';
import { send } from '../messaging.ts';
import type { FlagTransport } from './flag-mentions.ts';

/** The content script's flagging transport over extension messaging (tests hand in their own). */
export function messagingFlagTransport(): FlagTransport {
  // A page's pack, reset, units and reads go over one port, in order: the pack opens it, and the page's first
  // request no longer pays for a channel of its own (0.5 ms of a page without mentions, issue 15). A badge's panel
  // request stays a one-off message: it carries the click's user gesture.
  const channel = openChannel();
  return {
    // Names only: the page's renderer never holds the brand's risk terms (what counts as 重度 and why).
    pack: () => channel.send('rules:mentions'),
    reset: (req) => channel.send('flag:reset', req),
    flag: (req) => channel.send('flag:units', req),
    read: (req) => channel.send('flag:read', req),
    openPanel: (key) => void send('unit:focus', { key }).catch(() => {}),
  };
}
