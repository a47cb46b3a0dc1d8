import '../zod-jitless.ts';
import { unzipSync } from 'fflate';
import { casePackageChecks, type CaseCheck } from '@vigil/shared/evidence/case-checks';
import { checkLabel } from '@vigil/shared/evidence/check-labels';
import { capturePackageChecks } from '@vigil/shared/evidence/package-checks';
import { isCasePackage, type PackageFiles } from '@vigil/shared/evidence/package-layout';
import { readDropped, readPicked } from './read-files.ts';

/**
 * verify.html (issue 10): opened from an unzipped evidence package with no network, it checks the package dropped on
 * it (the ZIP, or the folder's files) with the very check code `vigil verify` runs (shared/src/evidence), bundled
 * into this one inline script. Nothing leaves the page: its CSP forbids every connection.
 */
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function filesOf(input: File[]): Promise<PackageFiles> {
  if (input.length === 1 && /\.zip$/i.test(input[0]!.name)) return unzipSync(new Uint8Array(await input[0]!.arrayBuffer()));
  const files: PackageFiles = {};
  for (const f of input) files[(f as File & { relPath?: string }).relPath ?? f.name] = new Uint8Array(await f.arrayBuffer());
  // A folder picked or dropped arrives with its own name in front of every path: drop it.
  const names = Object.keys(files);
  const first = names[0]?.split('/')[0];
  const inFolder = first && names.every((n) => n.startsWith(`${first}/`)) && !names.includes('manifest.json') && !names.includes('case-manifest.json');
  if (!inFolder) return files;
  const out: PackageFiles = {};
  for (const [n, b] of Object.entries(files)) out[n.slice(first.length + 1)] = b;
  return out;
}

function row(c: CaseCheck): string {
  const what = c.subject ? `<code>${esc(c.subject)}</code>` : '';
  const values = c.ok ? (c.actual ? `<div class="v">${esc(c.actual)}</div>` : '') : `<div class="v bad">${c.expected ? `应为 expected ${esc(c.expected)}<br>` : ''}${c.actual ? `实为 actual ${esc(c.actual)}` : ''}</div>`;
  return `<li class="${c.ok ? 'ok' : 'fail'}" data-testid="check" data-name="${esc(c.name)}" data-ok="${c.ok}"><span class="mark">${c.ok ? '✓ 通过' : '✗ 未通过'}</span> <b>${esc(checkLabel(c.name))}</b> <span class="en">${esc(checkLabel(c.name, 'en'))}</span> ${what}${c.detail ? ` <span class="d">— ${esc(c.detail)}</span>` : ''}${values}</li>`;
}

/** Failures first; a long run of passed checks of one kind (e.g. 46 file digests) folds into one expandable line. */
function list(cs: CaseCheck[]): string {
  const failed = cs.filter((c) => !c.ok);
  const passed = cs.filter((c) => c.ok);
  const byName = new Map<string, CaseCheck[]>();
  for (const c of passed) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const folded = [...byName].map(([name, same]) =>
    same.length > 6
      ? `<li class="ok"><details><summary><span class="mark">✓ 通过</span> <b>${esc(checkLabel(name))}</b> <span class="en">${esc(checkLabel(name, 'en'))}</span> — 共 ${same.length} 项全部一致（展开 / show）</summary><ul>${same.map(row).join('')}</ul></details></li>`
      : same.map(row).join(''),
  );
  return `<ul>${failed.map(row).join('')}${folded.join('')}</ul>`;
}

async function run(input: File[]) {
  const out = $('result');
  out.innerHTML = '<p>正在核验… / Checking…</p>';
  let files: PackageFiles;
  try {
    files = await filesOf(input);
  } catch {
    out.innerHTML = '<p class="verdict fail" data-testid="verdict" data-ok="false">未通过：不是有效的 ZIP 文件 / Not a ZIP file</p>';
    return;
  }
  const isCase = isCasePackage(files);
  const result = isCase ? await casePackageChecks(files) : await capturePackageChecks(files);
  const checks = result.checks as CaseCheck[];
  const ok = checks.length > 0 && checks.every((c) => c.ok) && result.problems.length === 0;
  const failed = checks.filter((c) => !c.ok).length + result.problems.length;
  const groups = new Map<string, CaseCheck[]>();
  for (const c of checks) groups.set(c.group ?? '', [...(groups.get(c.group ?? '') ?? []), c]);
  const tsr = Object.keys(files).filter((n) => /(^|\/)timestamps\/.+\.tsr$/.test(n)).length;
  out.innerHTML = [
    `<p class="verdict ${ok ? 'ok' : 'fail'}" data-testid="verdict" data-ok="${ok}">${ok ? `通过：全部 ${checks.length} 项检查通过` : `未通过：${failed} 项检查未通过`}<span class="en">${ok ? `Passed: all ${checks.length} checks` : `Failed: ${failed} problem(s)`}</span></p>`,
    `<p class="muted">${isCase ? '案件证据包 / case package' : '单份取证证据包 / capture package'} · ${Object.keys(files).length} 个文件${result.logKey ? ` · 日志公钥（取自包内，请与服务器公布的核对）x=<code>${esc(result.logKey.x)}</code>` : ''}</p>`,
    ...result.problems.map((p) => `<p class="verdict fail">${esc(p)}</p>`),
    ...[...groups].map(([g, cs]) => `<section>${g ? `<h3>取证 / capture <code>${esc(g)}</code></h3>` : isCase ? '<h3>案件 / case</h3>' : ''}${list(cs)}</section>`),
    tsr ? `<p class="muted">包内有 ${tsr} 份 RFC 3161 时间戳令牌（.tsr）：浏览器不核验其证书链，请按 验证说明.txt 用 <code>openssl ts -verify</code> 或 <code>vigil verify</code> 核验。</p>` : '',
  ].join('');
}

const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  void readDropped(e.dataTransfer!).then(run);
});
for (const id of ['pick-zip', 'pick-folder']) {
  $<HTMLInputElement>(id).addEventListener('change', (e) => void run(readPicked(e.currentTarget as HTMLInputElement)));
}
