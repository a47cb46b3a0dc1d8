import { signal } from '@preact/signals';
import type { TokenInfo } from '@vigil/shared/schemas/auth';
import { ApiError, ok, type Api } from '../api.ts';
import { errorText } from '../errors.ts';

/** The 令牌 page: the signed-in user's personal access tokens; a new secret is kept only until the next action. */
export function createTokensModel(api: Api, onUnauthorized: () => void) {
  const items = signal<TokenInfo[]>([]);
  const created = signal<{ name: string; token: string } | null>(null);
  const error = signal<string | null>(null);
  const busy = signal(false);

  async function run(action: () => Promise<void>) {
    busy.value = true;
    error.value = null;
    try {
      await action();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else error.value = errorText(err);
    } finally {
      busy.value = false;
    }
  }

  const load = () =>
    run(async () => {
      items.value = (await ok(api.api.tokens.$get({ query: {} }))).items;
    });

  const create = (name: string) =>
    run(async () => {
      const token = await ok(api.api.tokens.$post({ json: { name } }));
      created.value = { name: token.name, token: token.token };
      items.value = (await ok(api.api.tokens.$get({ query: {} }))).items;
    });

  const revoke = (id: string) =>
    run(async () => {
      created.value = null;
      await ok(api.api.tokens[':id'].$delete({ param: { id } }));
      items.value = (await ok(api.api.tokens.$get({ query: {} }))).items;
    });

  return { items, created, error, busy, load, create, revoke };
}
export type TokensModel = ReturnType<typeof createTokensModel>;
