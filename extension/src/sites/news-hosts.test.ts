import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { coveringHost, isRestrictedUrl, normaliseHost, originsOf, packHosts, subdomainExample } from './news-hosts.ts';

// Which pages a rule pack's news host covers (issue 12): subdomains as users expect, never look-alikes.

describe('news hosts', () => {
  test.each([
    ['https://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781234.shtml', 'sina.com.cn'],
    ['http://news.sina.com.cn/c/2026-03-05/doc-x.html', 'sina.com.cn'],
    ['https://sina.com.cn/', 'sina.com.cn'],
    ['https://FINANCE.SINA.COM.CN./x', 'sina.com.cn'],
    ['https://www.sixthtone.com/news/1016789', 'sixthtone.com'],
    ['https://m.163.com/news/a/KQ8.html', '163.com'],
    ['https://new.qq.com/rain/a/2026', 'new.qq.com'],
    ['https://baijiahao.baidu.com/s?id=1', 'baijiahao.baidu.com'],
    // look-alikes and other hosts
    ['https://sina.com.cn.evil.example/x', null],
    ['https://xsina.com.cn/x', null],
    ['https://qq.com/', null], // new.qq.com does not cover its parent
    ['https://www.baidu.com/s?wd=青禾', null],
    ['https://weibo.com/', null],
    // not a web page
    ['chrome://extensions/', null],
    ['file:///home/a/sina.com.cn.html', null],
    ['not a url', null],
  ])('%s → %s', (url, host) => {
    expect(coveringHost(url, demoPack.newsHosts)).toBe(host);
  });

  test.each([
    ['sina.com.cn', 'sina.com.cn'],
    ['  Finance.Sina.com.cn ', 'finance.sina.com.cn'],
    ['https://news.163.com/26/0305.html', 'news.163.com'],
    ['*.thepaper.cn', 'thepaper.cn'],
    ['ifeng.com:443', 'ifeng.com'],
    ['localhost', ''],
    ['新浪', ''],
    ['', ''],
  ])('a host as typed in the workspace: %j → %j', (typed, host) => {
    expect(normaliseHost(typed)).toBe(host);
  });

  test('a pasted URL or *. prefix in the pack still covers the site; repeats and blanks are dropped', () => {
    const typed = ['https://www.sohu.com/', '*.sina.com.cn', 'sina.com.cn', ' ', 'bad host'];
    expect(packHosts(typed)).toEqual(['www.sohu.com', 'sina.com.cn']);
    expect(coveringHost('https://finance.sina.com.cn/x', typed)).toBe('sina.com.cn');
    expect(originsOf(['sina.com.cn'])).toEqual(['*://sina.com.cn/*', '*://*.sina.com.cn/*']);
  });

  test('the demo pack covers finance.sina.com.cn and the English news site', () => {
    expect(coveringHost('https://finance.sina.com.cn/', demoPack.newsHosts)).toBe('sina.com.cn');
    expect(coveringHost('https://www.sixthtone.com/', demoPack.newsHosts)).toBe('sixthtone.com');
  });

  test.each([
    ['sina.com.cn', 'finance.sina.com.cn'],
    ['163.com', 'news.163.com'],
    ['example.cn', 'news.example.cn'],
    ['gov.com.cn', 'news.gov.com.cn'],
    ['new.qq.com', null],
    ['baijiahao.baidu.com', null],
  ])('the settings page says %s covers %s', (host, example) => {
    const shown = subdomainExample(host);
    expect(shown).toBe(example);
    if (shown) expect(coveringHost(`https://${shown}/`, [host])).toBe(host);
  });

  test.each([
    ['chrome://settings/', true],
    ['chrome-extension://abcdefghijklmnop/options.html', true],
    ['edge://extensions/', true],
    ['about:blank', true],
    ['view-source:https://news.sina.com.cn/', true],
    ['https://chromewebstore.google.com/detail/x/abc', true],
    ['https://chrome.google.com/webstore/detail/abc', true],
    ['https://addons.mozilla.org/zh-CN/firefox/', true],
    ['https://microsoftedge.microsoft.com/addons/detail/x', true],
    ['https://news.sina.com.cn/', false],
    ['http://example.com/', false],
    ['file:///tmp/a.html', false],
    ['', false],
  ])('%s is a page no extension may read: %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });
});
