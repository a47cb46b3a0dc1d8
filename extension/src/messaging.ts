import type { ConnectionResult } from './api-client.ts';
import type { EscalationCreate, EscalationMark } from './escalation/types.ts';
import type { CaptureOutcome, CaptureRequest, OutboxSummary } from './capture/types.ts';
import type { Level } from '@vigil/shared/engine/types';
import type { FlagRequest, FlagResponse, PackInfo, ReadRequest, ResetRequest } from './flagging/types.ts';
import type { ScanFailure } from './flagging/empty-reason.ts';
import type { InsertRequest, InsertResponse, SuggestRequest, SuggestResponse, UseRequest, UseResponse } from './replies/types.ts';
import type { PageStatus } from './sites/page-state.ts';
import type { HotSearchSighting } from '@vigil/shared/schemas/monitoring';
import type { PageHealth } from './sites/health-tally.ts';
import type { IncidentsInfo } from './incidents/types.ts';

/**
 * The one message map of the extension (STYLE habit 7): each message names its request and response types, and
 * `send`/`listen` are typed by it. Content scripts and pages talk to the background only through these.
 * Adding a message is one entry here and in `messageRoutes`, plus its handler in one module.
 */
export interface MessageMap {
  /** Check the saved API URL and token against `GET /api/me` (issue 2). */
  'connection:check': { request: undefined; response: ConnectionResult };
  /** Which tab the sender runs in. No content script asks any more (the flagging messages use the sender's tab). */
  'tab:id': { request: undefined; response: number | null };
  /** Open the side panel on a tab (needs a user gesture). A badge click in the page sends `unit:focus` instead. */
  'sidepanel:open': { request: { tabId?: number }; response: { opened: boolean } };
  /** Capture a unit or the whole page of a tab as evidence; answers once it is in the outbox and tried once (issue 6). */
  'capture:start': { request: CaptureRequest; response: CaptureOutcome };
  /** A tracked link opened from a case page (#vigil-recheck=<caseId>): a signed re-check page capture (issue 10). */
  'recheck:start': { request: { caseId: string } & PageStatus; response: CaptureOutcome };
  /** The evidence outbox: pending, refused and delivered captures (issue 6). */
  'outbox:list': { request: undefined; response: OutboxSummary };
  /** Try every undelivered capture again now, refused ones included (after the user fixed the cause). */
  'outbox:retry': { request: undefined; response: OutboxSummary };
  /** Background → content script: hide (false) or restore (true) Vigil's highlights and badges for screenshots. */
  'set-marks-visible': { request: { visible: boolean }; response: { hidden: number } };
  /** The rule pack to flag with: synced from the API (ETag), else the last one, else the demo pack (issue 4). */
  'rules:pack': { request: undefined; response: PackInfo };
  /**
   * The same pack as a page's content script needs it: names, people, excludes and own accounts, without the brand's
   * risk terms (rules.ts `mentionPack`), which stay in the extension's own processes: the page is hostile content.
   */
  'rules:mentions': { request: undefined; response: PackInfo };
  /** A page (re)starts flagging: the sender tab's `tab:<tabId>` list starts over for `url` (issue 4). */
  'flag:reset': { request: ResetRequest; response: null };
  /** Units that mention a brand: analysed in the background, merged into `tab:<tabId>`, toolbar badge updated. */
  'flag:units': { request: FlagRequest; response: FlagResponse };
  /** What the page's script read so far (any alias at all, units found): why an empty list is empty (issue 12). */
  'flag:read': { request: ReadRequest; response: null };
  /** 扫描此页 from the side panel: flag the tab's page once, as a news article if no platform adapter applies. */
  'scan:page': { request: { tabId: number }; response: { ok: boolean; reason?: ScanFailure } };
  /** After a news-host grant (settings or the side panel banner): register the news script, flag open news tabs. */
  'news:enable': { request: undefined; response: { granted: string[]; flagged: number } };
  /** A click on a unit's in-page badge: opens the side panel on that unit (issue 4). */
  'unit:focus': { request: { key: string }; response: { opened: boolean } };
  /** "Show in page" from the side panel, sent to the tab: scrolls the unit into view (issue 4). */
  'unit:reveal': { request: { key: string }; response: { found: boolean } };
  /** One-click correction from the side panel: another level, or not about us; stored by the API (issue 4). */
  'mention:correct': {
    request: { tabId: number; key: string; level?: Level; notAboutUs?: boolean };
    response: { ok: boolean; reason?: string };
  };
  /** 热搜 / 热榜 entries naming a brand, seen in a page: queued for POST /api/hot-search, once per entry an hour. */
  'hot:sightings': { request: { sightings: HotSearchSighting[] }; response: { queued: number } };
  /** 上报 from the side panel: stored in the durable queue, sent to POST /api/escalations (issues 11 item 7, 13 item 1). */
  'mention:escalate': { request: { escalation: EscalationCreate }; response: EscalationMark };
  /** Side panel → background: the open incidents of the pack's brands, synced at most once a minute (issue 11 item 7). */
  'incidents:open': { request: undefined; response: IncidentsInfo };
  /** Side panel → background: the top approved replies for one unit of a tab, filled from it (issue 5). */
  'replies:suggest': { request: SuggestRequest; response: SuggestResponse };
  /** Side panel → background: log a copy or insert of a reply (queued while offline) (issue 5). */
  'replies:use': { request: UseRequest; response: UseResponse };
  /** Side panel → content script: put the text into the reply box of a unit; never submits (issue 5). */
  'reply:insert': { request: InsertRequest; response: InsertResponse };
  /** Content script → background: how the adapter found each field on this page, counts only (issue 12 item 4). */
  'health:page': { request: PageHealth; response: null };
}

export type MessageType = keyof MessageMap;

/**
 * Who answers each message: the background, or the content script of the tab it is sent to. A runtime list, so the
 * meta-test (background-modules.test.ts) can prove every message has exactly one handler (issue 9).
 */
export const messageRoutes = {
  'connection:check': 'background',
  'tab:id': 'background',
  'sidepanel:open': 'background',
  'capture:start': 'background',
  'recheck:start': 'background',
  'outbox:list': 'background',
  'outbox:retry': 'background',
  'set-marks-visible': 'tab',
  'rules:pack': 'background',
  'rules:mentions': 'background',
  'flag:reset': 'background',
  'flag:units': 'background',
  'flag:read': 'background',
  'scan:page': 'background',
  'news:enable': 'background',
  'unit:focus': 'background',
  'unit:reveal': 'tab',
  'mention:correct': 'background',
  'mention:escalate': 'background',
  'hot:sightings': 'background',
  'incidents:open': 'background',
  'replies:suggest': 'background',
  'replies:use': 'background',
  'reply:insert': 'tab',
  'health:page': 'background',
} as const satisfies Record<MessageType, 'background' | 'tab'>;

/**
 * Who may send each message: `'page'`, a content script in a web page too; `'extension'`, only the extension's own
 * pages (side panel, options) and its background. Web pages are hostile content, and a renderer a page has taken
 * over can send whatever its content script can: a page gets only the messages the content scripts really send
 * (background-modules.test.ts walks their imports to prove the list). A message answered by a tab comes from the
 * extension (`chrome.tabs.sendMessage`), never from a page. `answer` enforces this on every transport.
 */
export const messageSenders = {
  'connection:check': 'extension',
  'tab:id': 'extension',
  'sidepanel:open': 'extension',
  'capture:start': 'extension',
  // The page asks for a capture of its own tab only; the background makes it only for a tab the case's page in the
  // workspace opened, once (capture/recheck-opener.ts): a page can write #vigil-recheck=… into its own address.
  'recheck:start': 'page',
  'outbox:list': 'extension',
  'outbox:retry': 'extension',
  'set-marks-visible': 'extension',
  'rules:pack': 'extension',
  'rules:mentions': 'page',
  'flag:reset': 'page',
  'flag:units': 'page',
  'flag:read': 'page',
  'scan:page': 'extension',
  'news:enable': 'extension',
  // The click on an in-page badge.
  'unit:focus': 'page',
  'unit:reveal': 'extension',
  'mention:correct': 'extension',
  'mention:escalate': 'extension',
  'hot:sightings': 'page',
  'incidents:open': 'extension',
  'replies:suggest': 'extension',
  'replies:use': 'extension',
  'reply:insert': 'extension',
  'health:page': 'page',
} as const satisfies Record<MessageType, 'page' | 'extension'>;

export type Request<K extends MessageType> = MessageMap[K]['request'];
export type Response<K extends MessageType> = MessageMap[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  vigil: K;
  data: Request<K>;
}
export type Reply<K extends MessageType> = { ok: true; data: Response<K> } | { ok: false; error: string };

export type Handler<K extends MessageType> = (
  data: Request<K>,
  sender: chrome.runtime.MessageSender,
) => Response<K> | Promise<Response<K>>;
export type Handlers = { [K in MessageType]?: Handler<K> };

export function unwrap<K extends MessageType>(type: K, reply: Reply<K> | undefined): Response<K> {
  if (!reply) throw new Error(`Vigil: no handler answered "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** Sends a message to the background (or any extension page listening) and returns its typed answer. */
export async function send<K extends MessageType>(type: K, ...[data]: Request<K> extends undefined ? [] : [Request<K>]) {
  const envelope: Envelope<K> = { vigil: type, data: data as Request<K> };
  return unwrap(type, (await chrome.runtime.sendMessage(envelope)) as Reply<K> | undefined);
}

/** Sends a message to the content scripts of one tab. */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, data: Request<K>) {
  const envelope: Envelope<K> = { vigil: type, data };
  return unwrap(type, (await chrome.tabs.sendMessage(tabId, envelope)) as Reply<K> | undefined);
}

export const isEnvelope = (m: unknown): m is Envelope =>
  typeof m === 'object' && m !== null && typeof (m as { vigil?: unknown }).vigil === 'string';

/** One handler map out of several modules' maps; a message answered twice is a wiring mistake and throws. */
export function mergeHandlers(...maps: Handlers[]): Handlers {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, handler] of Object.entries(map)) {
      if (type in merged) throw new Error(`Vigil: two handlers for "${type}"`);
      merged[type] = handler;
    }
  }
  return merged as Handlers;
}

/** The extension's own origin (`chrome-extension://<id>/`); in unit tests, where `chrome` may be undefined, any extension's. */
const ownOrigin = () => (typeof chrome !== 'undefined' && chrome.runtime?.getURL ? chrome.runtime.getURL('') : 'chrome-extension://');

/**
 * A sender inside a web page: one in a tab or with a URL, where the URL is not the extension's own (a content script,
 * or a renderer the page has taken over; a page framed outside any tab has a URL but no tab). The side panel opened
 * as a normal page (`sidepanel.html?tabId=N`) is in a tab but at our origin, and so is the background's URL if any.
 */
function inWebPage(sender: chrome.runtime.MessageSender): boolean {
  const url = sender.url ?? '';
  return (sender.tab !== undefined || url !== '') && !url.startsWith(ownOrigin());
}

/** Why `sender` may not send `type` (`messageSenders`), Chinese first, or null when it may. */
function refusal(type: MessageType, sender: chrome.runtime.MessageSender): string | null {
  // Chrome only routes our own extension's messages to onMessage and onConnect; checked anyway, it costs nothing.
  const ownId = typeof chrome !== 'undefined' ? chrome.runtime?.id : undefined;
  if (ownId && sender.id !== ownId) return `其他扩展不能发送此消息 / another extension cannot send "${type}"`;
  // A type missing from the table is the extension's own: refused to a page rather than let through.
  if ((messageSenders as Record<string, string>)[type] !== 'page' && inWebPage(sender)) {
    return `网页不能发送此消息 / a web page cannot send "${type}"`;
  }
  return null;
}

/**
 * The answer of `handlers` to `message` (a failure is `{ ok: false }`), or null when none of them takes it. The one
 * door for every transport (runtime messages, the content scripts' port, a tab's listeners), so the sender is
 * checked here: a refused message never reaches its handler.
 */
export function answer(handlers: Handlers, message: Envelope, sender: chrome.runtime.MessageSender): Promise<Reply<MessageType>> | null {
  const handler = handlers[message.vigil] as Handler<MessageType> | undefined;
  if (!handler) return null;
  const refused = refusal(message.vigil, sender);
  if (refused) return Promise.resolve({ ok: false, error: refused });
  return Promise.resolve()
    .then(() => handler(message.data, sender))
    .then(
      (data) => ({ ok: true as const, data }),
      (err: unknown) => ({ ok: false as const, error: err instanceof Error ? err.message : String(err) }),
    );
}

/** Answers the messages named in `handlers`; other messages are left to other listeners. Returns the unsubscribe. */
export function listen(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    const reply = isEnvelope(message) ? answer(handlers, message, sender) : null;
    if (!reply) return false;
    void reply.then(sendResponse);
    // Keeps the channel open for the asynchronous answer.
    return true;
  };
  chrome.runtime.onMessage.addListener(listener);
  return () => chrome.runtime.onMessage.removeListener(listener);
}
