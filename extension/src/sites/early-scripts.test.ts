// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { earlyScripts, watchEarlyScripts } from './early-scripts.ts';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import { kuaishou } from './kuaishou.ts';
import { scriptState } from './page-state.ts';

// 快手's __APOLLO_STATE__ script removes itself once run (issue 14): what the document_start watcher kept still gives
// the flagger the video's state (exact likes, the publish time in ms) after the element is gone.

test('a state script inserted into the page is kept, and read after it has removed itself', () => {
  const doc = document.implementation.createHTMLDocument('快手');
  const stop = watchEarlyScripts(doc, ['__APOLLO_STATE__']);
  const s = doc.createElement('script');
  s.textContent = 'window.__APOLLO_STATE__={"defaultClient":{"VisionVideoDetailPhoto:x1":{"caption":"青禾"}}};';
  doc.head.append(s);
  const other = doc.createElement('script');
  other.textContent = 'window.__analytics = {"page":"detail"};';
  doc.head.append(other);
  s.remove();
  stop();
  expect(doc.querySelector('script')?.textContent).toContain('__analytics');
  expect(earlyScripts()).toHaveLength(1);
  expect(scriptState(doc, '__APOLLO_STATE__')).toEqual({ defaultClient: { 'VisionVideoDetailPhoto:x1': { caption: '青禾' } } });
});

test('快手: with the script gone, the video still comes from the kept state, not the DOM’s 1天前 and 2.3万', () => {
  const doc = loadFixture(kuaishou.testUrls[0]!);
  const stop = watchEarlyScripts(doc, kuaishou.earlyState!);
  doc.querySelector('script')?.remove();
  stop();
  expect(Array.from(doc.scripts).some((s) => s.textContent?.includes('__APOLLO_STATE__'))).toBe(false);
  const [video] = kuaishou.findUnits(doc, fixtureNow);
  expect(video).toMatchObject({
    key: 'kuaishou:3xqinghe2026abc', author: { name: '奶爸老陈', id: '3xauthor88' }, publishedAt: '2026-11-21T07:50:00.000Z',
    counts: { likes: 23_104, views: 456_000 }, debug: { matched: { state: '__APOLLO_STATE__.defaultClient' } },
  });
});
