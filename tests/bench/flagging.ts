import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';
import { extensionDir } from '../support/paths.ts';
import { bareExtension, floorExtension, scriptsAt } from './flagging-extensions.ts';
import { chars, feed } from './flagging-pages.ts';
import { cpu, profiled, type Reading } from './flagging-profile.ts';
import { figure, loadLine, referenceSource, spread, type Baseline } from './stats.ts';

// Flagging cost in Chromium (issues 4, 15), measured on the built extension (flagging-profile.ts says how). Every
// reading is taken next to its baselines of the same moment: the page's own CPU without the extension and a fixed
// workload run in the page. VIGIL_BENCH_BASE_EXTENSION=<dir of another chrome-mv3 build> (e.g. main's) measures that
// build too, round by round in turn with this one, and prints this build's medians as a ratio of its: a before/after
// from the same machine state. BENCH_ROUNDS sets the page loads per figure, and the scroll batches (default 7).

/** Where the bench pages are served: a site the content script runs on. */
const SITE = 'http://weibo.com';
const budgets = { noMention: 5, firstScan: 20, batch: 4, longTask: 50, gzipKb: 100 };
const pages: Record<string, string> = { '/bench-plain': feed(50, false), '/bench-feed': feed(50, true), '/bench-blank': '<!DOCTYPE html><title>blank</title>' };
const highlighted = () => [...CSS.highlights.values()].reduce((s, h) => s + h.size, 0);

async function stableHighlights(page: Page, atLeast: number) {
  await page.waitForFunction((n) => [...CSS.highlights.values()].reduce((s, h) => s + h.size, 0) >= n, atLeast, { timeout: 10_000 });
}

/**
 * Waits until the post appended as New<n>x shows a painted range. A batch's first post sits right below the fold; the
 * posts past two screens may be painted only when the reader comes near them (issue 15), so the painted ranges of a
 * batch are no longer counted.
 */
async function paintedPost(page: Page, n: number) {
  await page.waitForFunction((id) => {
    const card = document.querySelector(`a[href*="/New${id}x"]`)?.closest('article');
    if (!card) return false;
    for (const h of CSS.highlights.values()) for (const r of h) if (card.contains((r as Range).startContainer)) return true;
    return false;
  }, n, { timeout: 10_000 });
}

interface Readings {
  wall: { plain: Reading[]; feed: Reading[] };
  cpuWith: { plain: number[]; newTab: number[]; feed: number[] };
  cpuWithout: { plain: number[]; newTab: number[]; feed: number[] };
  refs: number[];
  batches: Reading[];
  longest: number;
}

/** One browser with one extension build (or none: `bare`), and the measurements taken in it. */
async function session(dir: string, port: number, bare = false) {
  const browser = await launchWithExtension(port, dir);
  const page = await browser.context.newPage();
  // On the context, not the page: the new-tab readings open pages of their own.
  await browser.context.route(`${SITE}/bench-*`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pages[new URL(route.request().url()).pathname] ?? '' }));
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  // Warm-up: the service worker starts and loads its model once per browser, not per page.
  await page.goto(`${SITE}/bench-feed`);
  if (!bare) await stableHighlights(page, 25);
  const r: Readings = { wall: { plain: [], feed: [] }, cpuWith: { plain: [], newTab: [], feed: [] }, cpuWithout: { plain: [], newTab: [], feed: [] }, refs: [], batches: [], longest: 0 };
  const settle = () => page.waitForTimeout(800);
  // Every measured load starts from a blank page of the same site, in the renderer that will load it. Going from
  // one site to another swaps renderer processes (site isolation): the CPU reading then also held a process's start
  // (V8 isolate and all, ~15 ms), and the profiler's samples of the new process were partly lost. Which side of a
  // before/after paid for a swap depended on the order of the loads: the no-mention page read as cheaper with the
  // extension than without it.
  const blank = async () => {
    await page.goto(`${SITE}/bench-blank`);
    await page.goto('about:blank');
  };
  // Each page load reruns the content script from scratch. Two measures: wall time of the script's own stack
  // samples (inflated when the machine is busy) and main-thread CPU time with the extension minus without it.
  const load = async (path: string, ready: () => Promise<void>) => {
    await blank();
    return cpu(cdp, async () => {
      await page.goto(`${SITE}${path}`);
      await ready();
    });
  };
  /**
   * The page opened in a new tab, whose renderer is a new process: the script is compiled from nothing (no code cache
   * serves content scripts), and the extension's bindings are set up in it for the first time. Its main thread's CPU
   * from the tab's blank start, which the browser without the extension pays the same.
   */
  const newTab = async (path: string) => {
    const tab = await browser.context.newPage();
    try {
      const tabCdp = await browser.context.newCDPSession(tab);
      await tabCdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      return await cpu(tabCdp, async () => {
        await tab.goto(`${SITE}${path}`);
        await tab.waitForTimeout(800);
      });
    } finally {
      await tab.close();
    }
  };
  // Both sides wait the same way: polling for the highlights on every frame while they are not there yet would bill
  // Playwright's own per-frame evaluation (and the frames it forces) to the extension.
  const painted = () => page.evaluate(highlighted);
  return {
    r,
    /**
     * CPU readings, taken in a phase of their own with the same loads in every browser: taken between the profiled
     * loads, a build's readings also held the collection of the profiler's garbage, which the bare browser never made
     * (the no-mention line read 8.7-13 ms so; a trace of the load says 4.9). Each reading is of a page loaded just
     * before (not read), as when one reloads or browses on: what the last page left compiled changed a reading by
     * 3-7 ms (a feed load after a no-mention one compiled the painting code too). `newTab`: the page in a new tab.
     * `plainOnly`: the no-mention page alone.
     */
    async cpuRound(plainOnly = false) {
      const feedReady = async () => { await settle(); if ((await painted()) < 25 && !bare) await stableHighlights(page, 25); };
      await load('/bench-plain', settle);
      r.cpuWith.plain.push(await load('/bench-plain', settle));
      r.cpuWith.newTab.push(await newTab('/bench-plain'));
      if (plainOnly) return;
      await load('/bench-feed', feedReady);
      r.cpuWith.feed.push(await load('/bench-feed', feedReady));
    },
    async profileRound() {
      if (bare) return;
      // From a blank page, as the CPU figures: the profile holds this page's script, not the last one's teardown.
      await blank();
      r.wall.plain.push(await profiled(cdp, async () => { await page.goto(`${SITE}/bench-plain`); await settle(); }));
      await blank();
      r.wall.feed.push(await profiled(cdp, async () => { await page.goto(`${SITE}/bench-feed`); await stableHighlights(page, 25); }));
      // The reference workload in the page says how fast this renderer is right now.
      r.refs.push((await page.evaluate(referenceSource)) as number);
    },
    async startBatches() {
      await page.goto(`${SITE}/bench-feed`);
      if (!bare) await stableHighlights(page, 25);
      // Past the adapter-health read (3 s after load, when idle): a batch measures the batch alone.
      await page.waitForTimeout(4000);
      await page.evaluate(() => {
        (window as unknown as { __long: number[] }).__long = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => (window as unknown as { __long: number[] }).__long.push(e.duration)))
          .observe({ type: 'longtask', buffered: false });
      });
    },
    async batch(b: number) {
      if (bare) return;
      // The reader has scrolled to the end of the feed, and the scroller appends the next 20 posts below it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(300);
      r.batches.push(await profiled(cdp, async () => {
        await page.evaluate(([from, n]) => (window as unknown as { __addPosts(f: number, n: number): void }).__addPosts(from!, n!), [b * 20, 20]);
        await paintedPost(page, b * 20);
        // Badges are drawn when the page is idle, after the highlights: the batch counts them too.
        await page.waitForTimeout(300);
      }));
    },
    /**
     * The same kind of batch without the profiler, for the longest task: starting and stopping the profiler are
     * long tasks of their own (the profiled batches read 67-125 ms; without it no batch had a task over 50 ms).
     */
    async unprofiledBatch(b: number) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(300);
      await page.evaluate(() => { (window as unknown as { __long: number[] }).__long = []; });
      await page.evaluate(([from, n]) => (window as unknown as { __addPosts(f: number, n: number): void }).__addPosts(from!, n!), [10_000 + b * 20, 20]);
      if (!bare) await paintedPost(page, 10_000 + b * 20);
      await page.waitForTimeout(bare ? 600 : 300);
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      if (process.env.BENCH_TOP && long.length > 0) console.log(`   ${bare ? 'bare' : dir} batch ${b}: long tasks ${long.join(', ')} ms`);
      r.longest = Math.max(r.longest, ...long);
    },
    close: () => browser.close(),
  };
}

/** Extra CPU per run: each run with the extension minus the median run without it. */
function extra(a: number[], b: number[]): number[] {
  const without = spread(b).median;
  return a.map((x) => Math.max(0, x - without));
}
const quartile = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 4)] ?? NaN;

/**
 * What stands next to a no-mention CPU line: the lower quartiles' difference (the loads without a collection in
 * them, in both browsers) and, with `floor`, what an empty content script costs the same way.
 */
function noMentionNote(r: Readings, floor: Readings | undefined, key: 'plain' | 'newTab'): string {
  const lower = `lower quartiles' difference ${(quartile(r.cpuWith[key]) - quartile(r.cpuWithout[key])).toFixed(2)} ms`;
  const empty = floor ? `; an empty content script: ${spread(extra(floor.cpuWith[key], r.cpuWithout[key])).median.toFixed(2)} ms extra` : '';
  return `(${lower}${empty})`;
}
const capped = (rs: Reading[]) => rs.map((x) => x.ms);
const uncapped = (rs: Reading[]) => `(uncapped median ${spread(rs.map((x) => x.raw)).median.toFixed(2)} ms)`;

/** The figures of one build; with `than`, each line is followed by this build's median as a ratio of that one's. */
function report(label: string, r: Readings, than?: Readings, bare?: Readings, floor?: Readings): void {
  const inPage: Baseline = { name: 'reference workload in the page', xs: r.refs };
  const own = (xs: number[]): Baseline => ({ name: 'page in a browser without it', xs });
  const k = Math.round(chars(pages['/bench-feed']!) / 1000);
  const lines: [string, number[], number, Baseline, string?, number[]?][] = [
    ['page with no mention (50 posts): script stack wall time', capped(r.wall.plain), budgets.noMention, inPage, uncapped(r.wall.plain), than && capped(than.wall.plain)],
    ['page with no mention (50 posts): extra main-thread CPU', extra(r.cpuWith.plain, r.cpuWithout.plain), budgets.noMention, own(r.cpuWithout.plain), noMentionNote(r, floor, 'plain'), than && extra(than.cpuWith.plain, than.cpuWithout.plain)],
    ['page with no mention, opened in a new tab: extra CPU', extra(r.cpuWith.newTab, r.cpuWithout.newTab), budgets.noMention, own(r.cpuWithout.newTab), noMentionNote(r, floor, 'newTab'), than && extra(than.cpuWith.newTab, than.cpuWithout.newTab)],
    [`first scan, 50-post feed (~${k}k chars) incl. highlights: wall`, capped(r.wall.feed), budgets.firstScan, inPage, uncapped(r.wall.feed), than && capped(than.wall.feed)],
    [`first scan, 50-post feed (~${k}k chars) incl. highlights: extra CPU`, extra(r.cpuWith.feed, r.cpuWithout.feed), budgets.firstScan, own(r.cpuWithout.feed), undefined, than && extra(than.cpuWith.feed, than.cpuWithout.feed)],
    ['batch of 20 new posts while scrolling: script wall time', capped(r.batches), budgets.batch, inPage, uncapped(r.batches), than && capped(than.batches)],
  ];
  console.log(`  ${label}:`);
  for (const [what, xs, budget, baseline, note, before] of lines) {
    const s = figure(what, xs, 'ms', { budget: { op: '<', value: budget }, baseline, ...(note ? { note } : {}) });
    if (before) {
      const b = spread(before).median;
      console.log(`  ${''.padEnd(64)} ×${b > 0 ? (s.median / b).toFixed(2) : '–'} of the baseline build's median (${b.toFixed(2)} ms)`);
    }
  }
  // The longest task holds the page's own layout and paint of the 20 posts too: the same batches without the extension.
  const pageOwn = bare ? { note: `the same batches in a browser without it: ${bare.longest} ms (0: no task over 50 ms)` } : {};
  figure('longest task of as many batches, unprofiled', [r.longest], 'ms', { budget: { op: '<', value: budgets.longTask }, ...pageOwn });
}

export async function run(): Promise<void> {
  loadLine('start');
  const base = process.env.VIGIL_BENCH_BASE_EXTENSION;
  const builds = [{ label: `this build (${extensionDir})`, dir: extensionDir }, ...(base ? [{ label: `baseline build (${base})`, dir: base }] : [])];
  for (const b of builds) {
    const gz = scriptsAt(b.dir, `${SITE}/`).reduce((sum, f) => sum + gzipSync(readFileSync(join(b.dir, f))).length / 1024, 0);
    figure(`content scripts on ${SITE}, size (gzip), ${b === builds[0] ? 'this build' : 'baseline build'}`, [gz], 'KB', { digits: 1, budget: { op: '<', value: budgets.gzipKb } });
  }
  const fixtures = await startFixtureServer();
  const sessions: Awaited<ReturnType<typeof session>>[] = [];
  try {
    for (const b of builds) sessions.push(await session(b.dir, fixtures.port));
    const bareDir = bareExtension();
    const bare = await session(bareDir, fixtures.port, true);
    const floorDir = floorExtension(SITE);
    const floor = await session(floorDir, fixtures.port, true);
    // Round by round in turn, so both builds and the bare browser see the same machine.
    const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
    try {
      // Twice as many CPU readings: a page's own CPU comes in two modes (with or without a collection in the load, ~15
      // against ~25 ms), and 15 readings put the median now in one mode, now in the other (0 to 11 ms of extra CPU).
      for (let i = 0; i < 2 * rounds; i++) {
        for (const s of [...sessions, bare]) await s.cpuRound();
        await floor.cpuRound(true);
      }
      for (let i = 0; i < rounds; i++) for (const s of sessions) await s.profileRound();
      for (const s of sessions) s.r.cpuWithout = bare.r.cpuWith;
      for (const s of [...sessions, bare]) await s.startBatches();
      // As many batches as rounds (at least 7): seven readings of a 4 ms line moved its median by 2 ms from run to run.
      for (let b = 0; b < Math.max(7, rounds); b++) for (const s of sessions) await s.batch(b);
      for (let b = 0; b < Math.max(7, rounds); b++) for (const s of [...sessions, bare]) await s.unprofiledBatch(b);
    } finally {
      await bare.close();
      await floor.close();
      rmSync(bareDir, { recursive: true, force: true });
      rmSync(floorDir, { recursive: true, force: true });
    }
    report(builds[0]!.label, sessions[0]!.r, sessions[1]?.r, bare.r, floor.r);
    if (sessions[1]) report(builds[1]!.label, sessions[1].r, undefined, bare.r, floor.r);
  } finally {
    for (const s of sessions) await s.close();
    await fixtures.stop();
    loadLine('end');
  }
}
