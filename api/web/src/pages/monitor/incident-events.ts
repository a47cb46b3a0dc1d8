import { incidentEventText, linkKindLabel, stepLabel } from '@vigil/shared/i18n/incident-words';
import type { IncidentRecord } from '@vigil/shared/schemas/incident';
import { lang } from '../../i18n.ts';

// An incident's timeline and links in words (issue 11 review): the page printed `opened {"level":"severe",…}` and
// `alert: JD6b…`. The words are shared with the 事件专报 PDF (shared/src/i18n/incident-words.ts).

/** A checklist step in the reader's language. */
export const stepText = (key: string) => stepLabel(key, lang.value);

/** What one link is, in the reader's language: 预警, 提及, 取证, 案件 or 口径版本. */
export const linkKind = (kind: string) => linkKindLabel(kind, lang.value);

/** One timeline event as a line a PR lead reads. */
export function eventText(e: IncidentRecord['timeline'][number], links: IncidentRecord['links'] = []): string {
  // The linked item's words where the incident still holds it (the post, the alert), else its id.
  return incidentEventText(e, lang.value, (kind, ref) => {
    const detail = links.find((l) => l.kind === kind && l.ref === ref)?.detail;
    const words = detail ? (lang.value === 'en' && detail.textEn ? detail.textEn : detail.text) : ref;
    return words.length > 60 ? `${words.slice(0, 60)}…` : words;
  });
}
