import { expect, test } from 'vitest';
import type { CaptureReceipt } from '@vigil/shared/schemas/capture';
import { lang } from '../i18n.ts';
import { createCaptureModel, type CaptureTransport } from './capture.ts';
import type { CaptureEvent, CaptureOutcome, OutboxItem, OutboxSummary } from './capture-types.ts';
import { errorText } from './capture-text.ts';

// The side panel's capture model with a scripted transport: the background's side of these messages runs in the
// extension and is covered end to end (tests/e2e/capture.spec.ts).

const receipt: CaptureReceipt = {
  captureId: 'c1',
  manifestSha256: 'a'.repeat(64),
  logIndex: 4,
  treeHead: { size: 5, rootHash: 'b'.repeat(64), timestamp: '2026-11-22T10:00:00.000Z', signature: 'sig' },
  timestamps: [],
};
const item = (state: OutboxItem['state'], extra: Partial<OutboxItem> = {}): OutboxItem => ({
  captureId: 'c1', kind: 'unit', url: 'https://weibo.com/x', title: '微博', createdAt: '2026-11-22T10:00:00.000Z', state, attempts: 1, ...extra,
});

function setup(answer: (emit: (e: CaptureEvent) => void) => Promise<CaptureOutcome>) {
  const listeners = new Set<(e: CaptureEvent) => void>();
  const emit = (e: CaptureEvent) => listeners.forEach((l) => l(e));
  let summary: OutboxSummary = { pending: 0, items: [] };
  const transport: CaptureTransport = {
    capture: () => answer(emit),
    outbox: async () => summary,
    retry: async () => summary,
    onEvent: (cb) => (listeners.add(cb), () => listeners.delete(cb)),
    usesDebugger: async () => false,
    canScreenshot: async () => true,
  };
  const model = createCaptureModel(transport, { signal: new AbortController().signal });
  return { model, emit, setSummary: (s: OutboxSummary) => (summary = s) };
}

test('steps advance while capturing; the receipt shows once the server signed for it', async () => {
  const seen: string[] = [];
  const { model, setSummary } = setup(async (emit) => {
    emit({ type: 'progress', tabId: 7, step: 'viewport', done: ['prepare'] });
    seen.push(model.running.value!.step);
    emit({ type: 'progress', tabId: 7, step: 'upload', done: ['prepare', 'viewport', 'unit', 'snapshot', 'data', 'sign', 'outbox'] });
    seen.push(model.running.value!.step);
    setSummary({ pending: 0, items: [item('delivered', { receipt })] });
    return { ok: true, item: item('delivered', { receipt }) };
  });
  await model.start();
  await model.capture(7, 'unit', 'weibo:1');
  expect(seen).toEqual(['viewport', 'upload']);
  expect(model.running.value).toBeNull();
  expect(model.lastItem.value?.receipt?.logIndex).toBe(4);
});

test('a capture saved while the server is down turns into a receipt when the outbox delivers it', async () => {
  const pending = item('pending', { error: { kind: 'unreachable' } });
  const { model, emit, setSummary } = setup(async () => {
    setSummary({ pending: 1, items: [pending] });
    return { ok: true, item: pending };
  });
  await model.start();
  await model.capture(7, 'page');
  expect(model.outbox.value.pending).toBe(1);
  expect(errorText(model.lastItem.value!.error!)).toBe('服务器无法连接，将自动重试');
  emit({ type: 'outbox', summary: { pending: 0, items: [item('delivered', { receipt })] } });
  expect(model.lastItem.value?.state).toBe('delivered');
  expect(model.outbox.value.pending).toBe(0);
});

test('refusals and token trouble read as something the user can act on, in both languages', () => {
  expect(errorText({ kind: 'token_revoked', status: 401 })).toBe('令牌已撤销（或账号密码被重置、账号被停用），请在设置中换用新令牌');
  expect(errorText({ kind: 'rejected', status: 400, message: '文件 unit.json 的 SHA-256 与清单不符' })).toBe('服务器拒绝：文件 unit.json 的 SHA-256 与清单不符');
  lang.value = 'en';
  expect(errorText({ kind: 'unreachable' })).toBe('Cannot reach the server; will retry automatically');
  lang.value = 'zh';
});

test('a capture that could not be made says why and leaves nothing running', async () => {
  const { model } = setup(async () => ({ ok: false, message: '标签页已关闭 / The tab is gone' }));
  await model.start();
  await model.capture(7, 'page');
  expect(model.last.value).toEqual({ ok: false, message: '标签页已关闭 / The tab is gone' });
  expect(model.running.value).toBeNull();
  expect(model.lastItem.value).toBeNull();
});
