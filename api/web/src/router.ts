import { signal } from '@preact/signals';

/** History routing: the API serves index.html for every non-API path, so /tokens etc. load directly. */
export const path = signal(location.pathname);

addEventListener('popstate', () => {
  path.value = location.pathname;
});

export function navigate(to: string) {
  if (to === location.pathname) return;
  history.pushState(null, '', to);
  path.value = to;
}

/** For <a href> inside the app: client-side navigation on a plain left click, the browser's default otherwise. */
export function onLinkClick(e: MouseEvent) {
  const a = e.currentTarget as HTMLAnchorElement;
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(a.pathname);
}
