import { createHash } from 'node:crypto';

// Conditional GET for list routes whose body is computed (issue 15 leftovers): the ETag hashes the JSON that would be
// sent, so it changes whenever anything shown changes — including states derived from the clock (a deadline going
// overdue) — and never while nothing does.

/** A strong ETag for a JSON body, named by `kind` so tags from different lists never match each other. */
export function jsonEtag(kind: string, body: unknown): string {
  return `"${kind}-${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 32)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');

/**
 * Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for GET; `*` matches any). Every
 * conditional route asks this (rule pack, approved replies, incidents); a tag sent without its quotes still counts.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const want = opaque(etag);
  return header.split(',').some((t) => {
    const tag = opaque(t);
    return tag === '*' || tag === want;
  });
}
