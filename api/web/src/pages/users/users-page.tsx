import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { roles, type Role } from '@vigil/shared/schemas/common';
import { formatTime, roleLabel } from '../../i18n.ts';
import type { UsersModel } from './model.ts';
import { ut } from './text.ts';

function AddUser({ model }: { model: UsersModel }) {
  const name = useSignal('');
  const email = useSignal('');
  const role = useSignal<Role>('staff');
  const password = useSignal('');
  const onSubmit = (e: Event) => {
    e.preventDefault();
    void model.add({ name: name.value, email: email.value, role: role.value, password: password.value }).then(() => {
      if (!model.error.value) name.value = email.value = password.value = '';
    });
  };
  return (
    <form class="inline" onSubmit={onSubmit} data-testid="user-add">
      <label>{ut('name')}<input data-testid="user-name" required maxLength={100} value={name.value} onInput={(e) => (name.value = e.currentTarget.value)} /></label>
      <label>{ut('email')}<input data-testid="user-email" type="email" required value={email.value} onInput={(e) => (email.value = e.currentTarget.value)} /></label>
      <label>
        {ut('role')}
        <select data-testid="user-role" value={role.value} onChange={(e) => (role.value = e.currentTarget.value as Role)}>
          {roles.map((r) => <option key={r} value={r}>{roleLabel(r)}</option>)}
        </select>
      </label>
      <label>{ut('password')}<input data-testid="user-password" type="password" minLength={8} autocomplete="new-password" value={password.value} onInput={(e) => (password.value = e.currentTarget.value)} /></label>
      <button type="submit" data-testid="user-submit" disabled={model.busy.value}>{ut('add')}</button>
    </form>
  );
}

export function UsersPage({ model, meId }: { model: UsersModel; meId: string }) {
  useEffect(() => void model.load(), [model]);
  const created = model.created.value;
  return (
    <section class="users">
      <h2>{ut('title')}</h2>
      <p class="muted">{ut('intro')}</p>
      <AddUser model={model} />
      {created && (
        <p class="secret" data-testid="user-created">
          {ut('created', { email: created.email })} <code data-testid="user-generated-password">{created.password}</code>
        </p>
      )}
      {model.error.value && <p class="error" role="alert" data-testid="users-error">{model.error.value}</p>}
      <table data-testid="user-list">
        <thead>
          <tr><th>{ut('name')}</th><th>{ut('email')}</th><th>{ut('role')}</th><th>{ut('state')}</th><th>{ut('createdAt')}</th><th /></tr>
        </thead>
        <tbody>
          {model.items.value.map((u) => (
            <tr key={u.id} data-testid="user-row" data-email={u.email} data-disabled={u.disabled ? 'true' : 'false'}>
              <td>{u.name}{u.id === meId ? ut('you') : ''}</td>
              <td>{u.email}</td>
              <td>
                <select data-testid="user-row-role" value={u.role} disabled={model.busy.value}
                  onChange={(e) => void model.update(u.id, { role: e.currentTarget.value as Role })}>
                  {roles.map((r) => <option key={r} value={r}>{roleLabel(r)}</option>)}
                </select>
              </td>
              <td>{u.disabled ? ut('disabled') : ut('active')}</td>
              <td>{formatTime(u.createdAt)}</td>
              <td>
                <button type="button" data-testid="user-toggle" disabled={model.busy.value}
                  onClick={() => void model.update(u.id, { disabled: !u.disabled })}>
                  {u.disabled ? ut('enable') : ut('disable')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
