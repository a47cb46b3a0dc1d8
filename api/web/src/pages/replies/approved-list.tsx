import { useEffect } from 'preact/hooks';
import { categoryLabels, levelLabels, platformLabels, toneLabels } from '@vigil/shared/i18n/vocabulary';
import { formatTime, lang } from '../../i18n.ts';
import { PathChips } from './library-list.tsx';
import type { RepliesModel } from './model.ts';
import { formatExpiry, rt } from './text.ts';

/** What staff see: the approved replies they may use (the extension suggests them next to posts). */
export function ApprovedList({ model }: { model: RepliesModel }) {
  useEffect(() => void model.loadApproved(), [model]);
  return (
    <section data-testid="replies-approved">
      {model.error.value && <p class="error" role="alert" data-testid="replies-error">{model.error.value}</p>}
      {model.approved.value.length === 0 && <p class="muted">{rt('empty')}</p>}
      {model.approved.value.map((r) => (
        <div class="card-row" key={r.versionId} data-testid="approved-reply" data-reply-id={r.id}>
          <div class="actions">
            <PathChips title={r.title} /> <span>{r.brand} · v{r.version}</span>
            <span class="muted">{r.triggers.platforms.map((p) => platformLabels[p][lang.value]).join('、')}</span>
            <span class="muted">{rt('expiresAt')} {formatExpiry(r.expiresAt, formatTime)}</span>
          </div>
          <div class="body">{r.body}</div>
        </div>
      ))}
    </section>
  );
}
