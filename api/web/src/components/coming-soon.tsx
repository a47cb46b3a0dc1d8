import { t, type MessageKey } from '../i18n.ts';

/** A section whose issue has not landed yet: says what will be here. */
export function ComingSoon({ title, what }: { title: MessageKey; what: MessageKey }) {
  return (
    <section class="coming" data-testid="coming-soon">
      <h2>{t(title)}</h2>
      <p><strong>{t('coming.title')}</strong> — {t(what)}</p>
    </section>
  );
}
