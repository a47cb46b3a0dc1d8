import { createHash } from 'node:crypto';
import type { Manifest } from '@vigil/shared/schemas/capture';
import { PROVENANCE_LABEL } from './format.ts';

/**
 * The 取证环境检测表 (issue 10; legal.md A.3: "list each check with pass/fail and evidence", the court's complaint
 * about 权利卫士): one row per fact of the signed environment.json and per artefact's method of capture.
 */
export interface EnvRow {
  item: string;
  /** When the fact was checked (ISO): the device's time of environment.json, the API's Date for the clock, else the capture's. */
  at: string | null;
  method: string;
  result: string;
  status: 'pass' | 'fail' | 'info';
}

export const ENV_STATUS_LABEL: Record<EnvRow['status'], string> = { pass: '通过', fail: '未通过', info: '记录' };

/** Clock offsets beyond this are flagged: the device time printed in the report would then mislead. */
export const MAX_CLOCK_OFFSET_MS = 2000;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const s = (v: unknown, fallback = '—'): string => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : fallback);

function methodOf(name: string, method: Obj): string {
  if (name === 'viewport.png') return s(method.viewport, 'chrome.tabs.captureVisibleTab');
  if (name === 'unit.png') return '由视口截图按帖子所在区域裁切 / cropped from viewport.png';
  if (/^fullpage/.test(name)) return s(method.fullPage, '整页截图');
  if (name === 'page.mhtml') return s(method.snapshot, 'chrome.pageCapture.saveAsMHTML');
  if (name === 'unit.json') return s(method.unit, '站点适配器读取页面');
  if (name === 'environment.json') return '扩展程序读取浏览器与系统信息';
  return '—';
}

/** An HTTP Date header or an ISO time as ISO; null when it reads as neither. */
const isoOf = (v: unknown): string | null => {
  const t = typeof v === 'string' && v ? Date.parse(v) : Number.NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

export function environmentRows(envValue: unknown, manifest: Manifest): EnvRow[] {
  const rows: EnvRow[] = [];
  const { startedAt, finishedAt } = manifest.times;
  // A capture of `seed --demo` signs notes.demo: whatever else the table says, it is no evidence of anything.
  if (manifest.notes.demo === true) rows.push({ item: '演示数据', at: startedAt, method: 'vigil seed --demo', result: '演示取证：页面内容虚构，并非在浏览器中实时取得，不能作为证据', status: 'fail' });
  const env = obj(envValue);
  // legal.md A.3: each check with its time; the device facts are read together when environment.json is written.
  const envAt = isoOf(env.deviceTime) ?? startedAt;
  if (!envValue) rows.push({ item: '环境记录', at: startedAt, method: 'environment.json', result: '本次取证未附环境记录', status: 'fail' });
  else {
    const browser = obj(env.browser);
    rows.push({ item: '浏览器', at: envAt, method: 'navigator.userAgentData', result: `${s(browser.name)} ${s(browser.version, '')} · ${s(browser.platform)} ${s(browser.platformVersion, '')}`.trim(), status: 'info' });
    const ext = obj(env.extension);
    const files = Array.isArray(ext.files) ? (ext.files as Obj[]) : [];
    const unreadable = files.filter((f) => f.sha256 === 'unreadable').length;
    const digest = createHash('sha256').update(files.map((f) => `${s(f.sha256)}  ${s(f.path)}\n`).join('')).digest('hex');
    rows.push({ item: '扩展程序', at: envAt, method: 'chrome.runtime.getManifest()', result: `${s(ext.name)} ${s(ext.version)}（ID ${s(ext.id)}）`, status: 'info' });
    rows.push({
      item: '扩展构建摘要',
      at: envAt,
      method: `扩展包内 ${files.length} 个文件的 SHA-256 清单再取 SHA-256`,
      result: files.length ? `${digest}${unreadable ? `（${unreadable} 个文件无法读取）` : ''}` : '未记录',
      status: files.length && !unreadable ? 'pass' : 'fail',
    });
    const clock = env.clock ? obj(env.clock) : null;
    const offset = typeof clock?.offsetMs === 'number' ? clock.offsetMs : null;
    rows.push({
      item: '设备时钟偏差',
      at: isoOf(clock?.apiDate) ?? envAt,
      method: s(clock?.method, '与服务器时间比对'),
      result: offset === null ? '未能测得' : `${offset >= 0 ? '+' : ''}${offset} ms（误差 ±${s(clock?.uncertaintyMs)} ms，允许 ±${MAX_CLOCK_OFFSET_MS} ms）`,
      status: offset !== null && Math.abs(offset) <= MAX_CLOCK_OFFSET_MS ? 'pass' : 'fail',
    });
    // 取证地点 (legal.md A.3: coarse location or the egress IP): the address the Vigil API saw at the clock check.
    const egress = typeof clock?.egressAddress === 'string' && clock.egressAddress ? clock.egressAddress : null;
    rows.push({
      item: '取证地点（网络出口）',
      at: isoOf(clock?.apiDate) ?? envAt,
      method: 'Vigil 服务器所见的请求来源地址（GET /api/health，与时钟比对同一请求）',
      result: egress ? `出口 IP ${egress}` : clock ? '未记录（本次取证时的扩展或服务器版本未提供）' : '未能测得（取证时无法连接服务器）',
      status: 'info',
    });
    rows.push({ item: '时区与语言', at: envAt, method: 'Intl / navigator.language', result: `${s(env.timeZone)} · ${s(env.locale)}`, status: 'info' });
    const vp = obj(env.viewport);
    rows.push({ item: '视口', at: envAt, method: 'document.documentElement', result: `${s(vp.width)} × ${s(vp.height)} CSS 像素，设备像素比 ${s(vp.devicePixelRatio)}`, status: 'info' });
    const page = obj(env.page);
    const same = s(page.url) === manifest.page.url && (!page.tabUrl || page.tabUrl === page.url);
    rows.push({ item: '页面地址一致', at: envAt, method: '页面 location 与标签页地址、清单地址比对', result: same ? '一致' : `不一致：标签页 ${s(page.tabUrl)}`, status: same ? 'pass' : 'fail' });
  }
  rows.push({
    item: '隐藏本工具标记',
    at: startedAt,
    method: '截图前关闭舆情哨兵的高亮与徽标',
    result: manifest.notes.vigilMarksHidden ? '已隐藏' : '未隐藏',
    status: manifest.notes.vigilMarksHidden ? 'pass' : 'fail',
  });
  if (manifest.notes.fullPageTruncated === true) rows.push({ item: '整页截图', at: finishedAt, method: s(manifest.notes.fullPage), result: '页面过长，截图已截断', status: 'fail' });
  const method = obj(env.method);
  for (const a of manifest.artefacts) rows.push({ item: `取得方式：${a.name}`, at: startedAt, method: methodOf(a.name, method), result: `${a.type} · ${PROVENANCE_LABEL[a.provenance] ?? a.provenance}`, status: 'info' });
  return rows;
}
