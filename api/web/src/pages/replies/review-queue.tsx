import { useEffect } from 'preact/hooks';
import type { Role } from '@vigil/shared/schemas/common';
import { formatTime } from '../../i18n.ts';
import { onLinkClick } from '../../router.ts';
import { PathChips, StatusBadge } from './library-list.tsx';
import type { RepliesModel } from './model.ts';
import { rt } from './text.ts';

/** Versions waiting for review; approving or rejecting happens on the reply's page, next to its diff. */
export function ReviewQueue({ model }: { model: RepliesModel; role: Role }) {
  useEffect(() => void model.loadQueue(), [model]);
  const rows = model.queue.value;
  return (
    <section data-testid="replies-review">
      {model.error.value && <p class="error" role="alert" data-testid="replies-error">{model.error.value}</p>}
      {rows.length === 0 ? (
        <p class="muted" data-testid="review-empty">{rt('queueEmpty')}</p>
      ) : (
        rows.map((r) => (
          <div class="card-row" key={r.id} data-testid="review-item" data-reply-id={r.id} data-version={r.latest.version}>
            <div class="actions">
              <a href={`/replies/${r.id}`} onClick={onLinkClick} data-testid="review-open"><PathChips title={r.latest.title} /></a>
              <span>{r.brand} · v{r.latest.version}</span>
              <StatusBadge status={r.latest.effectiveStatus} />
              {r.latest.legalSignedOffAt && <span class="muted">{rt('signedOff')}：{r.latest.legalSignedOffBy}</span>}
              <span class="muted">{rt('createdBy')} {r.latest.createdBy} · {formatTime(r.latest.createdAt)}</span>
            </div>
            <div class="body">{r.latest.body}</div>
            <p class="muted">{r.servedVersion ? `${rt('served')} v${r.servedVersion}` : rt('noServed')}</p>
          </div>
        ))
      )}
    </section>
  );
}
