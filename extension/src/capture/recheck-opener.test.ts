import { describe, expect, test } from 'vitest';
import { openedFromCase, type TabLike } from './recheck-opener.ts';

// A re-check is honoured only for a tab the case's own workspace page opened (issue 10): a page cannot ask for one
// by writing #vigil-recheck=… into its own address.

const api = 'http://127.0.0.1:8787';
const tabs: Record<number, TabLike> = {
  1: { url: `${api}/cases/case-7` },
  2: { url: `${api}/cases/case-8` },
  3: { url: 'https://weibo.com/cases/case-7' },
  4: { url: `${api}/cases` },
  5: { url: `${api}/cases/case-7/` },
  6: { url: 'https://vigil.example.com/vigil/cases/case-7?tab=trail#links' },
  7: {},
  8: { url: `${api}/cases/%E0%A4%A` },
  9: { url: 'http://localhost:8787/cases/case-7' },
  10: { url: 'http://localhost:8788/cases/case-7' },
};
const getTab = async (id: number) => {
  if (id === 99) throw new Error('No tab with id: 99');
  return tabs[id] ?? null;
};

describe('which tabs may ask for a re-check', () => {
  test.each([
    ['opened from the case page', { openerTabId: 1 }, api, true],
    ['opened from the case page, a trailing slash', { openerTabId: 5 }, api, true],
    ['an API under a path, the case page with a query and fragment', { openerTabId: 6 }, 'https://vigil.example.com/vigil', true],
    ['the workspace at localhost, the API set as 127.0.0.1', { openerTabId: 9 }, api, true],
    ['this machine, but another port', { openerTabId: 10 }, api, false],
    ['opened by no tab (typed, or a page that wrote the fragment itself)', {}, api, false],
    ['opened from another case', { openerTabId: 2 }, api, false],
    ['opened from the case list', { openerTabId: 4 }, api, false],
    ['opened from a platform page with the same path', { openerTabId: 3 }, api, false],
    ['the opener closed since', { openerTabId: 99 }, api, false],
    ['the opener unknown', { openerTabId: 42 }, api, false],
    ['the opener without an address (no access)', { openerTabId: 7 }, api, false],
    ['the opener at a malformed address', { openerTabId: 8 }, api, false],
    ['no API address set', { openerTabId: 1 }, '', false],
  ] as const)('%s', async (_what, tab, apiUrl, expected) => {
    expect(await openedFromCase(tab, 'case-7', apiUrl, getTab)).toBe(expected);
  });
});
