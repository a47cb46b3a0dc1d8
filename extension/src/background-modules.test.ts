// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { backgroundModules } from './background-modules.ts';
import { revealHandlers } from './flagging/flag-mentions.ts';
import { marksHandlers } from './flagging/marks-visibility.ts';
import { mergeHandlers, messageRoutes, type MessageType } from './messaging.ts';
import { insertReplyHandlers } from './replies/insert-reply.ts';
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

test('merging two maps that answer the same message is refused', () => {
  expect(() => mergeHandlers({ 'tab:id': () => 1 }, { 'tab:id': () => 2 })).toThrow(/two handlers for "tab:id"/);
});
