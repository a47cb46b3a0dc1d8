import type { Role } from '@vigil/shared/schemas/common';
import type { MessageKey } from '../i18n.ts';

/** The workspace sections in menu order; `roles` limits who sees one (admin sees all). Issues fill the pages. */
export interface Section {
  id: 'captures' | 'cases' | 'replies' | 'brands' | 'reports' | 'users' | 'adapters' | 'tokens';
  path: string;
  label: MessageKey;
  roles?: Role[];
}

export const sections: Section[] = [
  { id: 'captures', path: '/captures', label: 'nav.captures' },
  // 案件 (issue 10): legal work cases, PR leads read them; staff have no access.
  { id: 'cases', path: '/cases', label: 'nav.cases', roles: ['pr_lead', 'legal'] },
  { id: 'replies', path: '/replies', label: 'nav.replies' },
  // The API lets staff read brands (the extension syncs them), but maintaining rules is PR leads' work; legal may look.
  { id: 'brands', path: '/brands', label: 'nav.brands', roles: ['pr_lead', 'legal'] },
  // 舆情监测 (issue 11): reports, alerts and incidents are PR leads' work; legal reads them.
  { id: 'reports', path: '/reports', label: 'nav.reports', roles: ['pr_lead', 'legal'] },
  { id: 'users', path: '/users', label: 'nav.users', roles: ['admin'] },
  // 站点适配 (issue 12 item 4): how the site adapters hold up in the team's browsers; fixing them is admins' work.
  { id: 'adapters', path: '/adapters', label: 'nav.adapters', roles: ['admin'] },
  { id: 'tokens', path: '/tokens', label: 'nav.tokens' },
];

export const visibleSections = (role: Role) =>
  sections.filter((s) => !s.roles || role === 'admin' || s.roles.includes(role));

/** The section for a path; unknown paths (and `/`) open the first section. */
export function sectionFor(path: string, role: Role): Section {
  const visible = visibleSections(role);
  return visible.find((s) => path === s.path || path.startsWith(`${s.path}/`)) ?? visible[0]!;
}
