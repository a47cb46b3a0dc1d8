// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { backgroundModules } from './background-modules.ts';
import { revealHandlers } from './flagging/flag-mentions.ts';
import { marksHandlers } from './flagging/marks-visibility.ts';
import { mergeHandlers, messageRoutes, messageSenders, type MessageType } from './messaging.ts';
import { insertReplyHandlers } from './replies/insert-reply.ts';
import { valueImports } from './test-support/import-graph.ts';
import { weibo } from './sites/weibo.ts';
import { createStores, memoryArea } from './storage.ts';

// The wiring meta-test (issue 9): every message of messaging.ts is answered by exactly one module, in the place
// messageRoutes says (the background, or the content script of a tab), and by nobody else.

const routed = (where: 'background' | 'tab') =>
  (Object.entries(messageRoutes) as [MessageType, string][]).filter(([, w]) => w === where).map(([type]) => type).sort();

test('every background message has exactly one handler among the background modules', () => {
  const modules = backgroundModules(createStores(memoryArea(), memoryArea()));
  const keys = modules.flatMap((m) => Object.keys(m.handlers));
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  expect([...keys].sort()).toEqual(routed('background'));
  expect(() => mergeHandlers(...modules.map((m) => m.handlers))).not.toThrow();
});

test('every tab message has exactly one handler among the content features', () => {
  const maps = [marksHandlers(), insertReplyHandlers({ site: weibo, doc: document }), revealHandlers({ reveal: () => false })];
  const keys = maps.flatMap((m) => Object.keys(m));
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  expect([...keys].sort()).toEqual(routed('tab'));
});

// Who may send each message (messageSenders): a web page only what the scripts running in web pages really send, so a
// page taken over by its site cannot ask the background for more; a tab only hears the extension.

test('every message has a sender policy; a message answered by a tab is the extension\'s to send', () => {
  expect(Object.keys(messageSenders).sort()).toEqual(Object.keys(messageRoutes).sort());
  for (const [type, who] of Object.entries(messageSenders)) expect(['page', 'extension'], type).toContain(who);
  for (const type of routed('tab')) expect(messageSenders[type], type).toBe('extension');
});

test('a web page may send exactly the messages the scripts running in web pages send', () => {
  // Every entrypoint but the extension's own pages runs in a web page: the content scripts and the capture probe.
  const dir = join(import.meta.dirname, 'entrypoints');
  const ownPages = ['background', 'options', 'sidepanel'];
  const inPages = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !ownPages.includes(e.name))
    .map((e) => (e.isDirectory() ? join(dir, e.name, 'index.ts') : join(dir, e.name)));
  expect(inPages.length).toBeGreaterThanOrEqual(10);
  const { files } = valueImports(...inPages);
  // `send('type'` and `channel.send('type'`: the two ways a content script talks to the background.
  const sent = new Set([...files].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bsend\(\s*'([a-z:-]+)'/g)].map((m) => m[1]!)));
  const forPages = Object.entries(messageSenders).filter(([, who]) => who === 'page').map(([type]) => type);
  expect([...sent].sort()).toEqual(forPages.sort());
});

test('merging two maps that answer the same message is refused', () => {
  expect(() => mergeHandlers({ 'tab:id': () => 1 }, { 'tab:id': () => 2 })).toThrow(/two handlers for "tab:id"/);
});
