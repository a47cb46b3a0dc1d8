import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigilCli } from './paths.ts';

export interface DemoUser {
  name: string;
  email: string;
  password: string;
  role: 'staff' | 'pr_lead' | 'legal' | 'admin';
}
export interface DemoCredentials {
  users: DemoUser[];
  /** Personal access token of the demo staff user. */
  token: string;
}

export interface ApiServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  creds: DemoCredentials;
  user(role: DemoUser['role']): DemoUser;
  /** A new token for the demo staff user, made through the API with the demo token. */
  createToken(name?: string): Promise<{ id: string; token: string }>;
  revokeToken(id: string): Promise<void>;
  /** Runs `pnpm vigil …` against this server's database; resolves to stdout. */
  cli(args: string[]): Promise<string>;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * A real Vigil server for a test run, exactly as a user runs it: `vigil migrate`, `vigil seed --demo`,
 * `vigil serve --port 0` on a fresh embedded database in a temp folder (the seed writes
 * data/demo-credentials.json relative to the working folder, so every command runs there).
 */
export async function startApiServer(): Promise<ApiServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-api-'));
  // TSA_URLS explicitly: unset means the public authorities, and no test may reach the internet (issue 15).
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'vigil.db')}`, VIGIL_KEY_DIR: join(dir, 'keys'), TSA_URLS: 'off' };
  const cli = (args: string[]) => run(args, dir, env);
  await cli(['migrate']);
  await cli(['seed', '--demo']);
  const creds = JSON.parse(readFileSync(join(dir, 'data', 'demo-credentials.json'), 'utf8')) as DemoCredentials;

  let log = '';
  const child = spawn(process.execPath, [vigilCli, 'serve', '--port', '0'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.on('data', (chunk: Buffer) => (log += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vigil serve did not start within 30 s:\n${log}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      log += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.once('exit', (code) => reject(new Error(`vigil serve exited with ${code}:\n${log}`)));
  });

  const bearer = { authorization: `Bearer ${creds.token}` };
  return {
    url,
    creds,
    user(role) {
      const u = creds.users.find((x) => x.role === role);
      if (!u) throw new Error(`no demo user with role ${role}`);
      return u;
    },
    async createToken(name = `e2e ${Date.now()}`) {
      const res = await fetch(`${url}/api/tokens`, {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      if (res.status !== 201) throw new Error(`token create: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string; token: string };
    },
    async revokeToken(id) {
      const res = await fetch(`${url}/api/tokens/${id}`, { method: 'DELETE', headers: bearer });
      if (res.status !== 204) throw new Error(`token revoke: ${res.status} ${await res.text()}`);
    },
    cli,
    output: () => log,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vigilCli, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`vigil ${args.join(' ')} exited with ${code}:\n${out}${err}`)),
    );
  });
}

/** SIGTERM (serve closes the database and exits), SIGKILL if it hangs. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
