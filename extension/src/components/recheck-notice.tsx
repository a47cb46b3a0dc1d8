import { t } from '../i18n.ts';
import type { RecheckNoticeModel } from '../models/recheck-notice.ts';

/** Why the shown tab's re-check (复查) was not made, and the way back to the case page that makes one (issue 10). */
export function RecheckNotice({ model }: { model: RecheckNoticeModel }) {
  const refusal = model.refusal.value;
  if (!refusal) return null;
  const caseUrl = model.caseUrl.value;
  return (
    <div class="recheck-refused" role="status" data-testid="recheck-refused" data-reason={refusal.reason} data-case-id={refusal.caseId}>
      <p class="recheck-refused-title">{t('recheck.refused')}</p>
      <p>{t(`recheck.${refusal.reason}`)}</p>
      <p class="recheck-refused-why">{t('recheck.why')}</p>
      {caseUrl && <a href={caseUrl} target="_blank" rel="noopener noreferrer" data-testid="recheck-open-case">{t('recheck.openCase')}</a>}
    </div>
  );
}
