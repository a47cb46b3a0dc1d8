// URL rules of the API setting, kept apart from api-client.ts so pages that only edit settings stay free of zod.

/** `http(s)://host[:port][/prefix]` without a trailing slash or `/api`, or null when it is not such a URL. */
export function normalizeApiUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.search || url.hash || url.username) return null;
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api$/, '');
  return `${url.origin}${path}`;
}

/** Loopback hosts are in the manifest's host_permissions (wxt.config.ts); anything else needs a runtime grant. */
export function isLoopback(apiUrl: string): boolean {
  const { protocol, hostname } = new URL(apiUrl);
  return protocol === 'http:' && (hostname === '127.0.0.1' || hostname === 'localhost');
}
