import { signal } from '@preact/signals';
import type { UserRecord } from '@vigil/shared/schemas/auth';
import type { Role } from '@vigil/shared/schemas/common';
import { ApiError, ok, type Api } from '../../api.ts';
import { errorText } from '../../errors.ts';

/** The 用户 page (admin): list, add with a role, change role, disable or enable. */
export function createUsersModel(api: Api, onUnauthorized: () => void) {
  const items = signal<UserRecord[]>([]);
  /** The password of a user just created without one: shown once. */
  const created = signal<{ email: string; password: string } | null>(null);
  const error = signal<string | null>(null);
  const busy = signal(false);
  const u = api.api.users;

  async function run(action: () => Promise<void>) {
    busy.value = true;
    error.value = null;
    try {
      await action();
      items.value = (await ok(u.$get())).items;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else error.value = errorText(err);
      // A refused change (e.g. demoting the last admin): re-render so the controls show the stored values again.
      items.value = [...items.value];
    } finally {
      busy.value = false;
    }
  }

  const load = () => run(async () => {});

  const add = (input: { name: string; email: string; role: Role; password: string }) =>
    run(async () => {
      created.value = null;
      const body = { name: input.name, email: input.email, role: input.role, ...(input.password ? { password: input.password } : {}) };
      const res = await ok(u.$post({ json: body }));
      if (res.generatedPassword) created.value = { email: res.user.email, password: res.generatedPassword };
    });

  const update = (id: string, patch: { role?: Role; disabled?: boolean }) =>
    run(async () => {
      await ok(u[':id'].$patch({ param: { id }, json: patch }));
    });

  return { items, created, error, busy, load, add, update };
}
export type UsersModel = ReturnType<typeof createUsersModel>;
