import { t } from '../i18n.ts';
import type { LanguageModel } from '../models/language.ts';

export function LangToggle({ model }: { model: LanguageModel }) {
  return (
    <button type="button" class="link" data-testid="lang-toggle" onClick={() => void model.toggle()}>
      {t('lang.switch')}
    </button>
  );
}
