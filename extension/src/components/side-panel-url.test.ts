import { describe, expect, test } from 'vitest';
import { readableUrl } from './side-panel.tsx';

describe('the side panel shows the tab’s address as a person reads it', () => {
  test.each([
    ['http://s.weibo.com/weibo?q=%E9%9D%92%E7%A6%BE%E4%B9%B3%E4%B8%9A', 'http://s.weibo.com/weibo?q=青禾乳业'],
    ['https://www.douyin.com/search/%E9%9D%92%E7%A6%BE?type=general', 'https://www.douyin.com/search/青禾?type=general'],
    // Reserved characters stay escaped, so the address still means what it meant.
    ['https://example.com/a?q=a%26b%3Dc', 'https://example.com/a?q=a%26b%3Dc'],
    ['http://weibo.com/harness.html#again', 'http://weibo.com/harness.html#again'],
    // Not valid percent-encoding: shown as it is.
    ['http://example.com/%E9%9D', 'http://example.com/%E9%9D'],
  ])('%s', (url, shown) => {
    expect(readableUrl(url)).toBe(shown);
  });
});
