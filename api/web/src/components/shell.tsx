import type { ComponentChildren } from 'preact';
import type { Me } from '@vigil/shared/schemas/auth';
import { roleLabel, t } from '../i18n.ts';
import type { Section } from '../pages/nav.ts';
import { visibleSections } from '../pages/nav.ts';
import { onLinkClick } from '../router.ts';
import { LangToggle } from './lang-toggle.tsx';

interface ShellProps {
  me: Me;
  current: Section;
  onLogout: () => void;
  children: ComponentChildren;
}

/** Header with the signed-in user and role, the section menu, and the page. */
export function Shell({ me, current, onLogout, children }: ShellProps) {
  return (
    <div class="shell">
      <header class="top bar">
        <h1>{`${t('app.name')} · ${t('app.workspace')}`}</h1>
        <span data-testid="shell-user" class="user">{me.user.name}</span>
        <span data-testid="shell-role" data-role={me.user.role} class="role">{roleLabel(me.user.role)}</span>
        <LangToggle />
        <button type="button" class="link" data-testid="logout" onClick={onLogout}>{t('shell.logout')}</button>
      </header>
      <nav class="side">
        {visibleSections(me.user.role).map((s) => (
          <a key={s.id} href={s.path} data-testid={`nav-${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}
            onClick={onLinkClick}>
            {t(s.label)}
          </a>
        ))}
      </nav>
      <main class="page" data-testid={`page-${current.id}`}>{children}</main>
    </div>
  );
}
