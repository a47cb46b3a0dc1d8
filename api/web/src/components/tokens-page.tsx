import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { formatTime, t } from '../i18n.ts';
import type { TokensModel } from '../models/tokens.ts';

export function TokensPage({ model }: { model: TokensModel }) {
  const name = useSignal('');
  useEffect(() => void model.load(), [model]);
  const onCreate = (e: Event) => {
    e.preventDefault();
    void model.create(name.value).then(() => (name.value = ''));
  };
  // Two clicks instead of window.confirm: the second one names the consequence.
  const confirming = useSignal<string | null>(null);
  const created = model.created.value;
  return (
    <section class="tokens">
      <h2>{t('tokens.title')}</h2>
      <p class="muted">{t('tokens.intro')}</p>
      <form class="inline" onSubmit={onCreate}>
        <label>
          {t('tokens.name')}
          <input data-testid="token-name" required maxLength={100} placeholder={t('tokens.namePlaceholder')}
            value={name.value} onInput={(e) => (name.value = e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="token-create" disabled={model.busy.value}>{t('tokens.create')}</button>
      </form>
      {created && (
        <p class="secret" data-testid="token-created">
          {t('tokens.created')} <code data-testid="token-secret">{created.token}</code>{' '}
          <button type="button" data-testid="token-copy" onClick={() => void navigator.clipboard.writeText(created.token)}>
            {t('tokens.copy')}
          </button>
        </p>
      )}
      {model.error.value && <p class="error" role="alert" data-testid="tokens-error">{model.error.value}</p>}
      {model.items.value.length === 0 ? (
        <p class="muted">{t('tokens.empty')}</p>
      ) : (
        <table data-testid="token-list">
          <thead>
            <tr><th>{t('tokens.name')}</th><th>{t('tokens.prefix')}</th><th>{t('tokens.createdAt')}</th><th>{t('tokens.lastUsed')}</th><th /></tr>
          </thead>
          <tbody>
            {model.items.value.map((tk) => (
              <tr key={tk.id} data-testid="token-row" data-token-id={tk.id} data-revoked={tk.revokedAt ? 'true' : 'false'}>
                <td>{tk.name}</td>
                <td><code>{tk.prefix}…</code></td>
                <td>{formatTime(tk.createdAt)}</td>
                <td>{tk.lastUsedAt ? formatTime(tk.lastUsedAt) : t('tokens.never')}</td>
                <td>
                  {tk.revokedAt ? (
                    <span class="muted">{t('tokens.revoked')}</span>
                  ) : confirming.value === tk.id ? (
                    <span class="confirm">
                      {t('tokens.confirmRevoke')}{' '}
                      <button type="button" class="danger" data-testid="token-revoke-confirm"
                        onClick={() => void model.revoke(tk.id).then(() => (confirming.value = null))}>
                        {t('tokens.revoke')}
                      </button>{' '}
                      <button type="button" onClick={() => (confirming.value = null)}>{t('tokens.cancel')}</button>
                    </span>
                  ) : (
                    <button type="button" data-testid="token-revoke" onClick={() => (confirming.value = tk.id)}>{t('tokens.revoke')}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
