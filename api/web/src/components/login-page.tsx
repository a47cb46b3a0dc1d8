import { useSignal } from '@preact/signals';
import { t } from '../i18n.ts';
import type { SessionModel } from '../models/session.ts';
import { LangToggle } from './lang-toggle.tsx';

export function LoginPage({ session }: { session: SessionModel }) {
  const email = useSignal('');
  const password = useSignal('');
  const onSubmit = (e: Event) => {
    e.preventDefault();
    void session.login(email.value, password.value);
  };
  return (
    <main class="login">
      <form class="card" onSubmit={onSubmit} data-testid="login-form">
        <header class="bar">
          <h1>{`${t('app.name')} · ${t('login.title')}`}</h1>
          <LangToggle />
        </header>
        <label>
          {t('login.email')}
          <input type="email" data-testid="login-email" autocomplete="username" required value={email.value}
            onInput={(e) => (email.value = e.currentTarget.value)} />
        </label>
        <label>
          {t('login.password')}
          <input type="password" data-testid="login-password" autocomplete="current-password" required value={password.value}
            onInput={(e) => (password.value = e.currentTarget.value)} />
        </label>
        {session.error.value && <p class="error" role="alert" data-testid="login-error">{session.error.value}</p>}
        <button type="submit" data-testid="login-submit" disabled={session.busy.value}>
          {session.busy.value ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
