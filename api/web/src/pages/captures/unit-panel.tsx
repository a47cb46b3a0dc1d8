import { Fragment } from 'preact';
import { formatTime } from '../../i18n.ts';
import { platformName } from './capture-list.tsx';
import type { CapturesModel } from './model.ts';
import { ct } from './text.ts';

const countKeys = ['reposts', 'comments', 'likes', 'views'] as const;

/** The post as the site adapter read it: author, time, counts, text, visible comments (always plain text). */
export function UnitPanel({ model }: { model: CapturesModel }) {
  if (model.unitLoading.value) return <section class="panel"><p class="muted">{ct('unitLoading')}</p></section>;
  const u = model.unit.value;
  if (!u) return null;
  const counts = countKeys.filter((k) => u.counts[k] !== undefined);
  return (
    <section class="panel" data-testid="capture-unit">
      <h3>{ct('unitData')}</h3>
      <dl class="facts">
        {u.platform && (<><dt>{ct('platform')}</dt><dd data-testid="unit-platform">{platformName(u.platform)}</dd></>)}
        {u.author && (<><dt>{ct('author')}</dt><dd data-testid="unit-author">{u.author.name}{u.author.verified ? ` · ${ct('verified')}` : ''}</dd></>)}
        {u.publishedAt && (<><dt>{ct('published')}</dt><dd data-testid="unit-published">{formatTime(u.publishedAt)}</dd></>)}
        {counts.map((k) => (<Fragment key={k}><dt>{ct(k)}</dt><dd data-testid={`unit-${k}`}>{u.counts[k]!.toLocaleString()}</dd></Fragment>))}
      </dl>
      {u.text && (
        <blockquote class="post-text" data-testid="unit-text">
          {u.text}
          {u.truncated && <span class="muted">{ct('truncated')}</span>}
        </blockquote>
      )}
      {u.comments.length > 0 && (
        <details>
          <summary>{`${ct('visibleComments')} (${u.comments.length})`}</summary>
          <ul class="comments">
            {u.comments.map((c, i) => <li key={i}>{c.author && <strong>{c.author}：</strong>}{c.text}</li>)}
          </ul>
        </details>
      )}
    </section>
  );
}
