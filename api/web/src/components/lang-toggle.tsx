import { t, toggleLang } from '../i18n.ts';

export function LangToggle() {
  return (
    <button type="button" class="link" data-testid="lang-toggle" onClick={toggleLang}>
      {t('lang.switch')}
    </button>
  );
}
