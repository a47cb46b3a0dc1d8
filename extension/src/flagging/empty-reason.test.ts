import { describe, expect, test } from 'vitest';
import type { TabState } from '../storage.ts';
import { emptyReason, emptyText, type EmptyInput, type EmptyReason } from './empty-reason.ts';
import { scanFailureOf } from './news-scripts.ts';

// Why the side panel's list is empty (issue 12), as a staff member sees it on the tab they are looking at.

const sina = 'https://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781234.shtml';
const read = (mention: boolean, units: number): TabState => ({ url: sina, units: [], read: { mention, units } });
const base: EmptyInput = { url: sina, state: null, total: 0, newsHost: 'sina.com.cn', granted: true, platform: false };

describe('why nothing is listed', () => {
  test.each<[string, Partial<EmptyInput>, EmptyReason]>([
    ['a granted news page whose article and comments never name the brand', { state: read(false, 0) }, 'no_mention'],
    ['a page that names the brand only outside any article or comment', { state: read(true, 0) }, 'no_body'],
    ['a page read into units, none naming the brand (homonyms such as 青禾苗)', { state: read(true, 4) }, 'no_mention'],
    ['a news page of the pack not granted yet', { granted: false }, 'not_granted'],
    ['扫描此页 refused on an ungranted news page: the banner is the fix', { granted: false, scan: 'no_access' }, 'not_granted'],
    ['扫描此页 refused on another site (panel not opened from the toolbar)', { url: 'https://example.com/a', newsHost: null, scan: 'no_access' }, 'no_access'],
    ['a scan that failed for another cause', { url: 'https://example.com/a', newsHost: null, scan: 'failed' }, 'no_access'],
    ['a browser page', { url: 'chrome://newtab/', newsHost: null }, 'restricted'],
    ['the web store, even after a scan', { url: 'https://chromewebstore.google.com/detail/x', newsHost: null, scan: 'no_access' }, 'restricted'],
    ['a scan refused as a restricted page', { url: 'https://example.com/', newsHost: null, scan: 'restricted' }, 'restricted'],
    ['a site Vigil does not read on its own', { url: 'https://example.com/a', newsHost: null }, 'not_read'],
    ['a Weibo page whose script has not reported yet', { url: 'https://weibo.com/', newsHost: null, platform: true }, 'reading'],
    ['what the page read wins over an older scan failure', { state: read(false, 3), scan: 'no_access' }, 'no_mention'],
    ['units exist but none at the chosen level', { total: 5, state: read(true, 5) }, 'filtered'],
  ])('%s → %s', (_what, input, reason) => {
    expect(emptyReason({ ...base, ...input })).toBe(reason);
  });

  test('every reason reads in Chinese and English, and never as the bare heading alone', () => {
    const reasons: EmptyReason[] = ['restricted', 'no_access', 'not_granted', 'not_read', 'reading', 'no_mention', 'no_body', 'filtered'];
    for (const r of reasons) {
      const zh = emptyText(r, { state: read(false, 0), newsHost: 'sina.com.cn', total: 2 }, 'zh');
      const en = emptyText(r, { state: read(false, 0), newsHost: 'sina.com.cn', total: 2 }, 'en');
      expect(zh.title).toBe('此页面暂无提及品牌的内容');
      expect(zh.reason).toMatch(/[\u4e00-\u9fff]/);
      expect(en.reason).not.toMatch(/[\u4e00-\u9fff]/);
      expect(`${zh.reason}${en.reason}`).not.toMatch(/\{\w+\}/);
    }
    expect(emptyText('not_granted', { state: null, newsHost: 'sina.com.cn', total: 0 }, 'zh').reason).toContain('sina.com.cn');
    expect(emptyText('no_mention', { state: read(true, 4), newsHost: null, total: 0 }, 'zh').reason).toContain('4 条内容');
    expect(emptyText('no_mention', { state: read(false, 0), newsHost: null, total: 0 }, 'en').reason).toMatch(/no brand name or alias/);
  });

  test.each([
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no_access'],
    ['Cannot access contents of url "https://example.com/". Extension manifest must request permission to access this host.', 'no_access'],
    ['Missing host permission for the tab', 'no_access'],
    ['Cannot access a chrome:// URL', 'restricted'],
    ['Cannot access a chrome-extension:// URL of different extension', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    ['Frame with ID 0 is showing error page', 'failed'],
    ['No tab with id: 12.', 'failed'],
  ])('browser refusal %j → %s', (message, failure) => {
    expect(scanFailureOf(message)).toBe(failure);
  });
});
