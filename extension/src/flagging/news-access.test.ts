import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { createNewsAccessModel, type NewsAccessTransport } from './news-access.ts';

// The one-click grant (issue 12) over a recording transport: what the browser is asked, in which order, and what
// the settings page and the side panel banner then show.

function setup(answer: (origins: string[]) => Promise<boolean>, alreadyGranted: string[] = []) {
  const calls: string[] = [];
  let granted = [...alreadyGranted];
  let listener = () => {};
  const transport: NewsAccessTransport = {
    pack: async () => ({ version: 'demo-1', pack: demoPack, source: 'demo' }),
    granted: async (hosts) => hosts.filter((h) => granted.includes(h)),
    request: (origins) => {
      calls.push(`request ${origins.length}`);
      return answer(origins).then((ok) => {
        if (ok) granted = origins.filter((o) => o.startsWith('*://*.')).map((o) => o.slice(6, -2));
        return ok;
      });
    },
    enable: async () => {
      calls.push('enable');
      return { granted, flagged: 2 };
    },
    watch: (cb) => {
      listener = cb;
      return () => (listener = () => {});
    },
  };
  const grantElsewhere = (host: string) => {
    granted.push(host);
    listener();
  };
  return { model: createNewsAccessModel(transport), calls, grantElsewhere };
}

describe('news access', () => {
  test('the browser is asked before anything is awaited (the click’s gesture), for every pack host and its subdomains', async () => {
    let asked: string[] = [];
    const { model, calls } = setup(async (origins) => ((asked = origins), true));
    await model.load();
    expect(model.missing.value).toContain('sina.com.cn');
    const done = model.grant();
    expect(calls).toEqual(['request 20']); // synchronously, before the returned promise settles
    expect(model.status.value).toBe('asking');
    await done;
    expect(asked).toContain('*://*.sina.com.cn/*');
    expect(asked).toContain('*://sixthtone.com/*');
    expect(calls).toEqual(['request 20', 'enable']);
    expect(model.status.value).toBe('granted');
    expect(model.flagged.value).toBe(2);
    expect(model.missing.value).toEqual([]);
  });

  test('a refused prompt registers nothing and says so', async () => {
    const { model, calls } = setup(async () => false);
    await model.load();
    await model.grant();
    expect(calls).toEqual(['request 20']);
    expect(model.status.value).toBe('refused');
    expect(model.granted.value).toEqual([]);
  });

  test('a request the browser rejects is a failure, not a hang', async () => {
    const { model } = setup(() => Promise.reject(new Error('This function must be called during a user gesture')));
    await model.load();
    await model.grant();
    expect(model.status.value).toBe('failed');
  });

  test('the banner shows on an ungranted news page of the pack, a subdomain included, and not elsewhere', async () => {
    const { model } = setup(async () => true, ['thepaper.cn']);
    await model.load();
    expect(model.ungrantedHostOf('https://finance.sina.com.cn/jjxw/x.shtml')).toBe('sina.com.cn');
    expect(model.ungrantedHostOf('https://www.thepaper.cn/newsDetail_forward_1')).toBeNull(); // granted
    expect(model.ungrantedHostOf('https://weibo.com/')).toBeNull();
    expect(model.ungrantedHostOf('https://sina.com.cn.evil.example/')).toBeNull();
    expect(model.ungrantedHostOf(undefined)).toBeNull();
  });

  test('a grant made elsewhere (the browser’s site-access menu) shows up on the next permission event', async () => {
    const { model, grantElsewhere, calls } = setup(async () => true);
    await model.start(new AbortController().signal);
    expect(model.ungrantedHostOf('https://news.163.com/26/0305/14/x.html')).toBe('163.com');
    grantElsewhere('163.com');
    await expect.poll(() => model.granted.value).toEqual(['163.com']);
    expect(model.ungrantedHostOf('https://news.163.com/26/0305/14/x.html')).toBeNull();
    expect(calls).toEqual([]);
  });
});
