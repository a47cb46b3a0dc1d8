// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { lang } from '../i18n.ts';
import { createRecheckNoticeModel } from '../models/recheck-notice.ts';
import { createStores, memoryArea, type RecheckRefusal, type Stores } from '../storage.ts';
import { RecheckNotice } from './recheck-notice.tsx';

// The side panel's notice for a refused re-check (复查, issue 10): the shown tab's refusal as the background keeps it,
// in the panel's language, with the way back to the case page.

const refusal = (reason: RecheckRefusal['reason'], caseId = 'Xq3b_9-LkP2sVw7aYt0c1A'): RecheckRefusal => ({
  caseId, reason, url: 'https://weibo.com/7230981123/QbWq8cM3d#vigil-recheck=x', at: '2026-12-01T08:00:00.000Z',
});
const notice = () => document.querySelector<HTMLElement>('[data-testid="recheck-refused"]');
const tick = () => new Promise((r) => setTimeout(r, 0));

let stores: Stores;
let model: ReturnType<typeof createRecheckNoticeModel>;
const lifetime = new AbortController();
beforeEach(async () => {
  stores = createStores(memoryArea(), memoryArea());
  await stores.settings.set({ apiUrl: 'https://vigil.example.com/vigil/', token: 'vgl_x', lang: 'zh' });
  model = createRecheckNoticeModel({ refusal: stores.recheckRefused, settings: stores.settings });
  await model.start(lifetime.signal);
});
afterEach(() => {
  render(null, document.body);
  lang.value = 'zh';
});

test('the shown tab\'s refusal, Chinese first, with a link to its case page; English on switching', async () => {
  await stores.recheckRefused(5).set(refusal('not-from-case'));
  await model.watchTab(5);
  render(<RecheckNotice model={model} />, document.body);
  expect(notice()?.dataset.reason).toBe('not-from-case');
  expect(notice()?.textContent).toContain('未执行复查');
  expect(notice()?.textContent).toContain('此页不是从案件页的「复查」按钮打开的');
  expect(notice()?.textContent).toContain('请回到案件页点击「复查」。');
  const link = document.querySelector<HTMLAnchorElement>('[data-testid="recheck-open-case"]');
  expect(link?.getAttribute('href')).toBe('https://vigil.example.com/vigil/cases/Xq3b_9-LkP2sVw7aYt0c1A');
  expect(link?.textContent).toBe('打开案件页');
  lang.value = 'en';
  await tick();
  expect(notice()?.textContent).toContain('Re-check not made');
  expect(notice()?.textContent).toContain('not opened with the Re-check (复查) button of its case page');
  expect(link?.textContent).toBe('Open the case page');
});

test('follows the background: a refusal arriving later, its reason changing, and gone when it is forgotten', async () => {
  await model.watchTab(5);
  render(<RecheckNotice model={model} />, document.body);
  expect(notice()).toBeNull();
  await stores.recheckRefused(5).set(refusal('already-rechecked'));
  await tick();
  expect(notice()?.dataset.reason).toBe('already-rechecked');
  expect(notice()?.textContent).toContain('此标签页已做过一次复查');
  await stores.recheckRefused(5).remove();
  await tick();
  expect(notice()).toBeNull();
});

test('only the shown tab\'s: another tab\'s refusal is not shown, and switching tabs drops the last one', async () => {
  await stores.recheckRefused(5).set(refusal('not-from-case'));
  await model.watchTab(6);
  expect(model.refusal.value).toBeNull();
  await stores.recheckRefused(5).set(refusal('already-rechecked'));
  expect(model.refusal.value).toBeNull();
  await model.watchTab(5);
  expect(model.refusal.value?.reason).toBe('already-rechecked');
  await model.watchTab(null);
  expect(model.refusal.value).toBeNull();
});

test('a case id the workspace would not make (a page can ask with anything) gets no link', async () => {
  await stores.recheckRefused(5).set(refusal('not-from-case', '../../api/users'));
  await model.watchTab(5);
  render(<RecheckNotice model={model} />, document.body);
  expect(notice()).not.toBeNull();
  expect(document.querySelector('[data-testid="recheck-open-case"]')).toBeNull();
});
