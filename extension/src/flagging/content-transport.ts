import { send } from '../messaging.ts';
import type { FlagTransport } from './flag-mentions.ts';

/** The content script's flagging transport over extension messaging (tests hand in their own). */
export function messagingFlagTransport(): FlagTransport {
  return {
    pack: () => send('rules:pack'),
    reset: (req) => send('flag:reset', req),
    flag: (req) => send('flag:units', req),
    read: (req) => send('flag:read', req),
    openPanel: (key) => void send('unit:focus', { key }).catch(() => {}),
  };
}
