import { dictionary } from '@vigil/shared/i18n/dictionary';
import { lang } from '../i18n.ts';
import { subdomainExample } from '../sites/news-hosts.ts';
import type { NewsAccessModel } from './news-access.ts';

// The news-host grant in the settings page and as a banner in the side panel (issue 12); zh-CN first.
const words = dictionary(
  {
    heading: '新闻网站授权',
    intro: 'Vigil 只在你授权的新闻网站上自动标记文章和评论。以下是规则包列出的新闻网站，每个域名都包含它的子域名。',
    covers: '含 {example} 等子域名',
    coversAll: '含其下所有子域名',
    yes: '已授权',
    no: '未授权',
    grant: '一键授权新闻网站（{m} 个未授权）',
    grantBanner: '授权新闻网站',
    all: '规则包的新闻网站都已授权。',
    asking: '请在浏览器弹出的提示中点「允许」…',
    granted: '已授权；{n} 个已打开的新闻页面已开始标记，无需刷新。',
    refused: '未授权：浏览器的提示被拒绝或关闭了。',
    failed: '授权未完成：请在浏览器的扩展管理页为 Vigil 开启这些网站的访问权限。',
    none: '规则包没有列出新闻网站；管理员可在工作台「品牌规则」中添加。',
    banner: '{host} 是规则包里的新闻网站，Vigil 尚未获准读取，所以此页没有标记。',
  },
  {
    heading: 'News sites',
    intro: 'Vigil flags articles and comments on its own only on the news sites you allow. These are the news sites of the rule pack; each covers its subdomains.',
    covers: 'covers {example} and its other subdomains',
    coversAll: 'covers all its subdomains',
    yes: 'Allowed',
    no: 'Not allowed',
    grant: 'Allow all news sites ({m} not allowed yet)',
    grantBanner: 'Allow news sites',
    all: 'Every news site of the rule pack is allowed.',
    asking: 'Choose Allow in the browser’s prompt…',
    granted: 'Allowed; flagging started on {n} open news pages, no reload needed.',
    refused: 'Not allowed: the browser’s prompt was declined or closed.',
    failed: 'Not finished: allow Vigil on these sites in the browser’s extension settings.',
    none: 'The rule pack lists no news sites; an admin can add them under Brands in the workspace.',
    banner: '{host} is a news site of the rule pack; Vigil may not read it yet, so nothing here is flagged.',
  },
);
type Word = Parameters<typeof words>[1];
const w = (key: Word, params?: Record<string, string | number>) => words(lang.value, key, params);

function Status({ model }: { model: NewsAccessModel }) {
  const s = model.status.value;
  if (s === 'idle') return null;
  return (
    <p class={`status ${s === 'granted' ? 'status-ok' : s === 'asking' ? '' : 'status-error'}`} role="status" data-testid="news-access-status" data-state={s}>
      {w(s, { n: model.flagged.value })}
    </p>
  );
}

/** Settings page: every news host of the pack, what it covers, whether it is granted, and the one button. */
export function NewsAccessSettings({ model }: { model: NewsAccessModel }) {
  const hosts = model.hosts.value;
  const missing = model.missing.value;
  return (
    <section class="news-access" data-testid="news-access">
      <h2>{w('heading')}</h2>
      <p class="hint">{w('intro')}</p>
      {hosts.length === 0 ? (
        <p class="empty">{w('none')}</p>
      ) : (
        <ul class="news-hosts">
          {hosts.map((h) => {
            const ok = model.granted.value.includes(h);
            const example = subdomainExample(h);
            return (
              <li key={h} data-testid="news-host" data-host={h} data-granted={ok ? 'true' : 'false'}>
                <code>{h}</code>
                <span class="covers">{example ? w('covers', { example }) : w('coversAll')}</span>
                <span class={`chip ${ok ? 'granted' : 'missing'}`}>{ok ? w('yes') : w('no')}</span>
              </li>
            );
          })}
        </ul>
      )}
      {hosts.length > 0 && missing.length === 0 && <p class="status status-ok" data-testid="news-access-all">{w('all')}</p>}
      {missing.length > 0 && (
        <button type="button" class="primary" data-testid="news-grant" disabled={model.status.value === 'asking'} onClick={() => void model.grant()}>
          {w('grant', { m: missing.length })}
        </button>
      )}
      <Status model={model} />
    </section>
  );
}

/** Side panel: the active tab is a news page of the pack whose host is not granted yet. */
export function NewsAccessBanner({ model, url }: { model: NewsAccessModel; url: string | undefined }) {
  const host = model.ungrantedHostOf(url);
  if (!host) return model.status.value === 'granted' ? <Status model={model} /> : null;
  return (
    <div class="news-banner" role="alert" data-testid="news-banner" data-host={host}>
      <p>{w('banner', { host })}</p>
      <button type="button" class="primary" data-testid="news-banner-grant" disabled={model.status.value === 'asking'} onClick={() => void model.grant()}>
        {w('grantBanner')}
      </button>
      <Status model={model} />
    </div>
  );
}
