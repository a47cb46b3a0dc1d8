import { openChannel } from '../channel.ts';
import { send } from '../messaging.ts';
import type { FlagTransport } from './flag-mentions.ts';

/** The content script's flagging transport over extension messaging (tests hand in their own). */
export function messagingFlagTransport(): FlagTransport {
  // A page's reset, units and reads go over one port, in order; the pack and a panel request are one-off messages.
  const channel = openChannel();
  return {
    pack: () => send('rules:pack'),
    reset: (req) => channel.send('flag:reset', req),
    flag: (req) => channel.send('flag:units', req),
    read: (req) => channel.send('flag:read', req),
    openPanel: (key) => void send('unit:focus', { key }).catch(() => {}),
  };
}
