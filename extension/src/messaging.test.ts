import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openChannel, serveChannels } from './channel.ts';
import { answer, type Handlers, listen, messageRoutes, messageSenders, type MessageType } from './messaging.ts';

// Who may send what (messageSenders): a web page is hostile, and a renderer it has taken over can send anything its
// content script can. Every transport goes through `answer`, so each is driven here with a fake `chrome` that knows
// the extension's id and origin, as the browser fills them into every sender.

const ID = 'vigilextensionid';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = (id: number) => ({ id }) as chrome.tabs.Tab;
type Sender = chrome.runtime.MessageSender;

const webPages: [string, Sender][] = [
  ['a content script in a web page', { id: ID, tab: tab(7), frameId: 0, url: 'https://weibo.com/', origin: 'https://weibo.com' }],
  ['a content script in a framed page', { id: ID, tab: tab(7), frameId: 4, url: 'https://www.douyin.com/embed' }],
  ['a web page framed outside any tab', { id: ID, frameId: 2, url: 'https://weibo.com/' }],
];
const ownPages: [string, Sender][] = [
  ['the side panel', { id: ID, url: `${ORIGIN}sidepanel.html`, origin: ORIGIN.slice(0, -1) }],
  ['the side panel opened as a page', { id: ID, tab: tab(9), frameId: 0, url: `${ORIGIN}sidepanel.html?tabId=7` }],
  ['the options page', { id: ID, tab: tab(10), frameId: 0, url: `${ORIGIN}options.html` }],
  ['the background', { id: ID, url: `${ORIGIN}background.js` }],
];
const types = Object.keys(messageRoutes) as MessageType[];
const allowed = (who: 'page' | 'extension') => types.filter((t) => messageSenders[t] === who);
const refused = (type: MessageType) => ({ ok: false, error: `网页不能发送此消息 / a web page cannot send "${type}"` });

/** Handlers for every message that answer with their own type, and the types they were asked. */
function recording() {
  const asked: string[] = [];
  const handlers = Object.fromEntries(types.map((t) => [t, () => (asked.push(t), t)])) as unknown as Handlers;
  return { handlers, asked };
}

function events<F>() {
  const set = new Set<F>();
  return { set, addListener: (f: F) => void set.add(f), removeListener: (f: F) => void set.delete(f) };
}

/** chrome.runtime as the browser shows it: one-off messages, and ports whose background end carries `portSender`. */
function fakeChrome(portSender: Sender) {
  type OnMessage = (m: unknown, s: Sender, respond: (r: unknown) => void) => boolean;
  const onMessage = events<OnMessage>();
  const onConnect = events<(port: unknown) => void>();
  const end = (from: ReturnType<typeof events>, to: ReturnType<typeof events>, sender?: Sender) => ({
    name: 'vigil:channel', sender, onMessage: from, onDisconnect: events(),
    postMessage: (m: unknown) => queueMicrotask(() => to.set.forEach((f) => (f as (m: unknown) => void)(m))),
  });
  const runtime = {
    id: ID,
    getURL: (path: string) => `${ORIGIN}${path}`,
    onMessage,
    onConnect,
    connect() {
      const [toPage, toBackground] = [events(), events()];
      onConnect.set.forEach((f) => f(end(toBackground, toPage, portSender)));
      return end(toPage, toBackground);
    },
  };
  /** A one-off message as `sender` sends it (chrome.runtime.sendMessage, or chrome.tabs.sendMessage to a tab). */
  const dispatch = (type: MessageType, sender: Sender) =>
    new Promise((resolve) => onMessage.set.forEach((f) => f({ vigil: type, data: undefined }, sender, resolve)));
  return { chrome: { runtime }, dispatch };
}

afterEach(() => vi.unstubAllGlobals());

describe('answer: the one door', () => {
  beforeEach(() => vi.stubGlobal('chrome', fakeChrome({}).chrome));

  test.each(allowed('extension').flatMap((t) => webPages.map(([who, s]) => [t, who, s] as const)))(
    '%s from %s is refused before its handler runs',
    async (type, _who, sender) => {
      const { handlers, asked } = recording();
      expect(await answer(handlers, { vigil: type, data: undefined }, sender)).toEqual(refused(type));
      expect(asked).toEqual([]);
    },
  );

  test.each(types.flatMap((t) => ownPages.map(([who, s]) => [t, who, s] as const)))('%s from %s is answered', async (type, _who, sender) => {
    const { handlers } = recording();
    expect(await answer(handlers, { vigil: type, data: undefined }, sender)).toEqual({ ok: true, data: type });
  });

  test.each(allowed('page').flatMap((t) => webPages.map(([who, s]) => [t, who, s] as const)))(
    '%s, which content scripts send, is answered from %s',
    async (type, _who, sender) => {
      const { handlers } = recording();
      expect(await answer(handlers, { vigil: type, data: undefined }, sender)).toEqual({ ok: true, data: type });
    },
  );

  test('another extension is refused even a page message; a message nobody here answers is left to others', async () => {
    const { handlers, asked } = recording();
    const other = { id: 'otherextension', url: 'chrome-extension://otherextension/page.html' };
    expect(await answer(handlers, { vigil: 'flag:units', data: undefined }, other)).toEqual({
      ok: false, error: '其他扩展不能发送此消息 / another extension cannot send "flag:units"',
    });
    expect(asked).toEqual([]);
    expect(answer({}, { vigil: 'outbox:retry', data: undefined }, webPages[0]![1])).toBeNull();
  });
});

describe('every transport goes through it', () => {
  const [, contentScript] = webPages[0]!;

  test('one-off messages: a page may flag, not retry the outbox', async () => {
    const fake = fakeChrome({});
    vi.stubGlobal('chrome', fake.chrome);
    listen(recording().handlers);
    expect(await fake.dispatch('flag:units', contentScript)).toEqual({ ok: true, data: 'flag:units' });
    expect(await fake.dispatch('outbox:retry', contentScript)).toEqual(refused('outbox:retry'));
  });

  test('the content scripts\' port: the page gets its names, not the whole rule pack', async () => {
    vi.stubGlobal('chrome', fakeChrome(contentScript).chrome);
    serveChannels(recording().handlers);
    const channel = openChannel();
    expect(await channel.send('rules:mentions')).toBe('rules:mentions');
    await expect(channel.send('rules:pack')).rejects.toThrow('网页不能发送此消息 / a web page cannot send "rules:pack"');
  });

  // A tab's listeners (reply:insert, unit:reveal, set-marks-visible) take orders from the extension only: the
  // content script of another tab (or a page posing as one) cannot make this tab insert a reply.
  test.each(types.filter((t) => messageRoutes[t] === 'tab'))('the tab message %s: from the extension only', async (type) => {
    const fake = fakeChrome({});
    vi.stubGlobal('chrome', fake.chrome);
    listen(recording().handlers);
    for (const [, sender] of webPages) expect(await fake.dispatch(type, sender)).toEqual(refused(type));
    for (const [, sender] of ownPages) expect(await fake.dispatch(type, sender)).toEqual({ ok: true, data: type });
  });
});
