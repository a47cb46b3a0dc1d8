import { signal } from '@preact/signals';
import type { Me } from '@vigil/shared/schemas/auth';
import { ApiError, ok, setCsrfToken, type Api } from '../api.ts';
import { errorText } from '../errors.ts';

/** Who is signed in to the workspace: loads /api/me, logs in and out. Components only render it. */
export function createSessionModel(api: Api) {
  const me = signal<Me | null>(null);
  const ready = signal(false);
  const busy = signal(false);
  const error = signal<string | null>(null);

  function signedIn(next: Me | null) {
    setCsrfToken(next?.csrfToken);
    me.value = next;
  }

  async function load() {
    try {
      signedIn(await ok(api.api.me.$get()));
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) error.value = errorText(err);
      signedIn(null);
    } finally {
      ready.value = true;
    }
  }

  async function login(email: string, password: string) {
    busy.value = true;
    error.value = null;
    try {
      signedIn(await ok(api.api.auth.login.$post({ json: { email, password } })));
    } catch (err) {
      error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }

  async function logout() {
    try {
      await ok(api.api.auth.logout.$post());
    } finally {
      signedIn(null);
    }
  }

  /** A request found the session gone (expired, revoked elsewhere): back to the login page. */
  function expired() {
    signedIn(null);
  }

  return { me, ready, busy, error, load, login, logout, expired };
}
export type SessionModel = ReturnType<typeof createSessionModel>;
