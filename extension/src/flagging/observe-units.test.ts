// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { loadFixture } from '../sites/fixture-doc.ts';
import { weibo } from '../sites/weibo.ts';
import { observeUnits } from './observe-units.ts';

// Incremental scanning (issues 4, 15): the changes of a frame are scanned together, after that frame, not inside it.

const nextFrame = (doc: Document) => new Promise<void>((resolve) => doc.defaultView!.requestAnimationFrame(() => resolve()));

test('a scroll batch is scanned once, in a task after the frame that shows it, with every card of the batch', async () => {
  const doc = loadFixture('http://weibo.com/');
  const scans: Element[][] = [];
  const ctl = new AbortController();
  observeUnits(doc, weibo, ctl.signal, (roots) => scans.push(roots));
  const wrapper = doc.querySelector('.vue-recycle-scroller__item-wrapper')!;
  const template = doc.querySelector('.vue-recycle-scroller__item-view')!;
  const added = [0, 1, 2].map(() => wrapper.appendChild(template.cloneNode(true)) as Element);
  // The observer hears of the change (a microtask) and asks for the next frame; a frame callback the page registers
  // after that still runs before the scan: the scan is not part of the frame.
  await Promise.resolve();
  await nextFrame(doc);
  expect(scans).toEqual([]);
  await expect.poll(() => scans.length).toBe(1);
  expect(scans[0]).toEqual(added);
  ctl.abort();
});

test('a page that stops flagging scans no change made before the frame', async () => {
  const doc = loadFixture('http://weibo.com/');
  const scans: Element[][] = [];
  const ctl = new AbortController();
  observeUnits(doc, weibo, ctl.signal, (roots) => scans.push(roots));
  doc.querySelector('.vue-recycle-scroller__item-wrapper')!.append(doc.querySelector('.vue-recycle-scroller__item-view')!.cloneNode(true));
  await Promise.resolve();
  ctl.abort();
  await nextFrame(doc);
  await new Promise((r) => setTimeout(r, 20));
  expect(scans).toEqual([]);
});
