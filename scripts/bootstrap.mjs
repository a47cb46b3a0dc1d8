#!/usr/bin/env node
// The README's two commands (`npm start`, `npm test`) and `npm run bench` land here. A fresh machine has only
// Node and npm, so this script brings pnpm itself, installs, builds and then starts or tests Vigil.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Vigil needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

function pnpmCommand() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (found.status === 0 && found.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  // npx fetches exactly this pnpm from the npm registry (corepack fails here: no registry signatures, toolchain.md).
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}
const pnpm = pnpmCommand();

function run(args, opts = {}) {
  const [cmd, ...pre] = pnpm;
  const r = spawnSync(cmd, [...pre, ...args], { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`\n✖ failed: pnpm ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

function step(title) {
  console.log(`\n▸ ${title}`);
}

function install() {
  step('安装依赖 / installing dependencies');
  run(['install', '--frozen-lockfile', '--reporter=append-only']);
}

function build() {
  step('构建扩展与工作台 / building the extension and the workspace');
  run(['--filter', '@vigil/extension', 'build']);
  run(['--filter', '@vigil/api', 'build:web']);
}

async function start() {
  install();
  build();
  step('数据库迁移与演示数据 / migrating the database and seeding demo data');
  run(['vigil', 'migrate']);
  run(['vigil', 'seed', '--demo']);
  // `seed --demo` never prints secrets; the local demo reads its 0600 file for the person at this keyboard (README).
  const credsPath = join(root, 'data', 'demo-credentials.json');
  const creds = existsSync(credsPath) ? JSON.parse(readFileSync(credsPath, 'utf8')) : null;
  const port = Number(process.env.PORT ?? 8787);
  const [cmd, ...pre] = pnpm;
  const server = spawn(cmd, [...pre, 'vigil', 'serve', '--port', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let printed = false;
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (printed || !String(chunk).includes('http://')) return;
    printed = true;
    const lines = [
      '',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      ` Vigil 舆情哨兵 已启动 / is running`,
      ` 工作台 Workspace:  http://127.0.0.1:${port}/`,
    ];
    if (creds) {
      lines.push(' 演示账号 Demo logins (email / password / role):');
      for (const u of creds.users) lines.push(`   ${u.email.padEnd(26)} ${u.password.padEnd(18)} ${u.role}`);
      lines.push(` 演示令牌 Demo token (staff, for the extension settings):`, `   ${creds.token}`);
    }
    lines.push(
      ` 扩展 Extension (chrome://extensions → 开发者模式 → 加载已解压的扩展程序 / Load unpacked):`,
      `   ${join(root, 'extension', '.output', 'chrome-mv3')}`,
      ' 按 Ctrl-C 停止 / Press Ctrl-C to stop',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
    );
    console.log(lines.join('\n'));
  });
  const stop = () => server.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

function test() {
  install();
  build();
  step('类型检查 / type-checking every package (strict TypeScript)');
  run(['typecheck']);
  step('代码检查 / lint (Biome: correctness and suspicious-code rules; no formatting)');
  run(['lint']);
  step('单元与 API 测试 / unit and API tests (embedded libSQL and a real sqld server)');
  run(['exec', 'vitest', 'run']);
  step('端到端测试 / end-to-end tests in Chromium with the built extension');
  // Built above: the e2e global setup builds only when run on its own.
  run(['--filter', '@vigil/tests', 'e2e'], { env: { ...process.env, VIGIL_E2E_PREBUILT: '1' } });
}

function bench() {
  install();
  build();
  run(['--filter', '@vigil/tests', 'bench', ...process.argv.slice(3)]);
}

const task = process.argv[2];
if (task === 'start') await start();
else if (task === 'test') test();
else if (task === 'bench') bench();
else {
  console.error('usage: node scripts/bootstrap.mjs start|test|bench');
  process.exit(2);
}
