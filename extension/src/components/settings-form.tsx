import { t } from '../i18n.ts';
import type { SettingsModel } from '../models/settings.ts';
import { ConnectionStatus } from './connection-status.tsx';

export function SettingsForm({ model }: { model: SettingsModel }) {
  const onSubmit = (e: Event) => {
    e.preventDefault();
    void model.save();
  };
  return (
    <form class="settings" onSubmit={onSubmit}>
      <label>
        {t('settings.apiUrl')}
        <input
          type="url"
          data-testid="settings-api-url"
          value={model.apiUrl.value}
          onInput={(e) => (model.apiUrl.value = e.currentTarget.value)}
          placeholder="http://127.0.0.1:8787"
          required
        />
      </label>
      <label>
        {t('settings.token')}
        <input
          type="password"
          data-testid="settings-token"
          value={model.token.value}
          onInput={(e) => (model.token.value = e.currentTarget.value)}
          placeholder="vgl_…"
          autocomplete="off"
        />
        <small>{t('settings.tokenHint')}</small>
      </label>
      <button type="submit" data-testid="settings-save" disabled={model.saving.value}>
        {t('settings.save')}
      </button>
      <ConnectionStatus model={model.connection} testId="settings-status" />
    </form>
  );
}
