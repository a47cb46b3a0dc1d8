import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshDb, testDbKind } from './db.ts';
import { sqldPid, stallLimits } from './sqld.ts';

/**
 * The api:sqld project's guard against a server that stops answering (sqld-file-setup.ts). A stopped process
 * (SIGSTOP) is the stall: it keeps its socket open and answers nothing, as the stalled server on CI did.
 */
describe.skipIf(testDbKind() !== 'sqld')('a stalled sqld server', () => {
  const defaults = { ...stallLimits };
  beforeAll(() => {
    stallLimits.requestMs = 1_500;
    stallLimits.probeMs = 1_000;
  });
  afterAll(() => Object.assign(stallLimits, defaults));

  test('a request it does not answer is refused as a stall, instead of waiting out the test', async () => {
    await freshDb();
    process.kill(sqldPid()!, 'SIGSTOP');
    const started = Date.now();
    await expect(freshDb()).rejects.toThrow(/^sqld stalled: no answer to \/v\d\/pipeline/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('the next test gets a new server that answers', async () => {
    const db = await freshDb();
    const rows = await db.$client.execute('select 1 as one');
    expect(rows.rows[0]!.one).toBe(1);
  });

  const pids: number[] = [];
  test('a test that failed on a stall runs once more, on a new server', async (ctx) => {
    pids.push(sqldPid()!);
    if (pids.length === 1) process.kill(pids[0]!, 'SIGSTOP');
    await freshDb();
    expect(ctx.task.result?.retryCount).toBe(1);
    expect(pids[1]).not.toBe(pids[0]);
  });

  let tries = 0;
  test('a failed test whose server then fails the probe runs once more (a CLI child’s stall)', async (ctx) => {
    tries++;
    if (tries === 1) {
      process.kill(sqldPid()!, 'SIGSTOP');
      throw new Error('the CLI child got no answer');
    }
    expect(ctx.task.result?.retryCount).toBe(1);
    await freshDb();
  });

  test('any other failure is final: the retry condition is the stall, not the error', (ctx) => {
    const retry = ctx.task.retry;
    expect(typeof retry === 'object' && typeof retry.condition === 'function').toBe(true);
    const condition = (retry as { condition: (e: unknown) => boolean }).condition;
    expect(condition(new Error('expected 200, got 500'))).toBe(false);
    expect(condition(new Error('Test timed out in 60000ms'))).toBe(false);
  });
});
