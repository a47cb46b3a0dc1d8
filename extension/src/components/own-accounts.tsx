import { dictionary } from '@vigil/shared/i18n/dictionary';
import { formatBeijing } from '@vigil/shared/i18n/beijing-time';
import { lang } from '../i18n.ts';
import type { TabUnit } from '../storage.ts';

// Posts by the brand's own accounts (issue 13 item 2): the brand speaking, not a mention of it. Listed apart under a
// count, never scored, offered a reply or uploaded; an official statement on the page is context for the team
// (the brand may already have answered the complaint above it).

const words = dictionary(
  { title: '官方账号 {n} 条', official: '官方', executive: '高管', hint: '本品牌官方或高管账号发布，不计入风险，不推荐回复，不上报' },
  { title: 'Own accounts: {n}', official: 'Official', executive: 'Executive', hint: 'Posted by the brand’s official or executive account: not scored, no reply offered, not uploaded' },
);
const w = (key: Parameters<typeof words>[1], params?: Record<string, number>) => words(lang.value, key, params);

export function OwnAccounts({ units }: { units: readonly TabUnit[] }) {
  if (units.length === 0) return null;
  return (
    <details class="own-group" data-testid="own-accounts">
      <summary>{w('title', { n: units.length })}</summary>
      <p class="hint">{w('hint')}</p>
      <ul class="units">
        {units.map((u) => (
          <li key={u.key} class="unit own" data-testid="own-unit" data-key={u.key} data-brand={u.own?.brand ?? ''} data-role={u.own?.role ?? 'official'}>
            <details>
              <summary class="unit-row">
                <span class="chip own-chip">{w(u.own?.role === 'executive' ? 'executive' : 'official')}</span>
                {u.author && <span class="author">{u.author}</span>}
                <span class="snippet">{u.text}</span>
              </summary>
              <div class="unit-body">
                <p class="text">{u.text.length > 280 ? `${u.text.slice(0, 280)}…` : u.text}</p>
                <p class="meta">
                  {u.own?.brand}
                  {u.publishedAt && <time dateTime={u.publishedAt}> · {formatBeijing(u.publishedAt, lang.value, 'minute')}</time>}
                </p>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}
