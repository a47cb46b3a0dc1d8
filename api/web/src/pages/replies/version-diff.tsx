import { lineDiff } from '@vigil/shared/replies/diff';
import { categoryLabels, levelLabels, platformLabels, toneLabels } from '@vigil/shared/i18n/vocabulary';
import type { ReplyVersion } from '@vigil/shared/schemas/reply';
import { formatTime } from '../../i18n.ts';
import { formatExpiry } from './text.ts';

/** A version as lines, so one line diff shows title, trigger and body changes alike. */
export function versionText(v: ReplyVersion): string {
  const t = v.triggers;
  return [
    `标题：${v.title}`,
    `语气：${toneLabels[v.tone].zh}`,
    `风险类别：${t.categories.map((c) => categoryLabels[c].zh).join('、') || '—'}`,
    `等级：${t.levels.map((l) => levelLabels[l].zh).join('、') || '—'}`,
    `关键词：${t.keywords.join('、') || '—'}`,
    `平台：${t.platforms.map((p) => platformLabels[p].zh).join('、') || '全部'}`,
    `过期：${formatExpiry(v.expiresAt, formatTime)}`,
    `负责人：${v.owner ?? '—'}`,
    '',
    ...v.body.split('\n'),
  ].join('\n');
}

export function VersionDiff({ from, to }: { from: ReplyVersion; to: ReplyVersion }) {
  const lines = lineDiff(versionText(from), versionText(to));
  return (
    <pre class="reply-diff" data-testid="reply-diff" data-from={from.version} data-to={to.version}>
      {lines.map((l, i) => (
        <div key={i} class={`diff-${l.op}`} data-testid="diff-line" data-op={l.op}>
          {l.op === 'add' ? '+ ' : l.op === 'del' ? '- ' : '  '}
          {l.text}
        </div>
      ))}
    </pre>
  );
}
