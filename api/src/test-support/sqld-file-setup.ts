import { afterAll, afterEach, beforeEach } from 'vitest';
import { describeSqld, isSqldRequest, realFetch, restartSqld, sqldUrl, stallLimits, startSqld, stopSqld } from './sqld.ts';

/**
 * The api:sqld project's setup (vitest.config.ts): each test file gets its own sqld, and a server that stops
 * answering is caught, described and replaced.
 *
 * The rule for a stall: a request to the server that waits stallLimits.requestMs is refused with "sqld stalled"; a failed test
 * whose server then does not answer a probe counts as stalled too (a CLI child's requests are not seen here). A
 * test that failed on a stall runs once more, on a new server. Any other failure is final: the retry condition is
 * the stall, not the error, so an assertion never gets a second chance.
 */

let stalledThisTry = false;
/** Set by a stall: what the stalled server was doing, read before the next test replaces it. */
let stallReport: Promise<void> | null = null;

function reportStall(why: string): void {
  if (stalledThisTry) return;
  stalledThisTry = true;
  stallReport = describeSqld().then((state) => console.error(`\n⚠ sqld stalled (${why}); its state:\n${state}\n`));
}

function requestUrl(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

// @libsql/client takes globalThis.fetch when a client is created, so every client of this file goes through here.
globalThis.fetch = (input, init) => {
  if (!isSqldRequest(requestUrl(input))) return realFetch(input, init);
  return new Promise<Response>((resolve, reject) => {
    const timer = setTimeout(() => {
      const path = new URL(requestUrl(input)).pathname;
      reportStall(`no answer to ${path} in ${stallLimits.requestMs / 1000} s`);
      reject(new Error(`sqld stalled: no answer to ${path} in ${stallLimits.requestMs / 1000} s`));
    }, stallLimits.requestMs);
    realFetch(input, init).then(
      (res) => {
        clearTimeout(timer);
        resolve(res);
      },
      (err) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
};

/** Whether the server still reads and takes the write lock, within stallLimits.probeMs. */
async function answers(): Promise<boolean> {
  const probe = realFetch(`${sqldUrl()}/v2/pipeline`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      requests: [
        { type: 'execute', stmt: { sql: 'BEGIN IMMEDIATE' } },
        { type: 'execute', stmt: { sql: 'SELECT 1' } },
        { type: 'execute', stmt: { sql: 'ROLLBACK' } },
        { type: 'close' },
      ],
    }),
    signal: AbortSignal.timeout(stallLimits.probeMs),
  });
  try {
    const res = await probe;
    const body = (await res.json()) as { results?: { type: string }[] };
    return res.ok && (body.results ?? []).every((r) => r.type === 'ok');
  } catch {
    return false;
  }
}

// Before the test file is imported: some files build their app (and database) while their tests are collected.
await startSqld();

afterAll(async () => {
  await stopSqld();
});

beforeEach(async (ctx) => {
  if (stallReport) {
    await stallReport;
    stallReport = null;
    await restartSqld();
  }
  stalledThisTry = false;
  // The runner reads a test's retry condition when it fails, so it can be set per test here (read-only in its types).
  (ctx.task as { retry: unknown }).retry = { count: 1, condition: () => stalledThisTry };
}, 30_000);

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail' || stalledThisTry) return;
  if (!(await answers())) reportStall(`a failed test, then no answer to a probe in ${stallLimits.probeMs / 1000} s`);
});
