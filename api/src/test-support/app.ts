import { randomBytes } from 'node:crypto';
import { createApp } from '../app.ts';
import { newLogKey } from '../runtime.ts';
import type { Db } from '../db/client.ts';
import type { AppDeps, Clock } from '../lib/context.ts';
import { freshDb } from './db.ts';

/** A clock tests move by hand. */
export function fixedClock(start = new Date('2026-11-22T09:00:00+08:00')): Clock & { advance(ms: number): void } {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms) => { now += ms; } };
}

export async function testApp(overrides: Partial<AppDeps> = {}) {
  const db: Db = overrides.db ?? (await freshDb());
  const clock = overrides.clock ?? fixedClock();
  const deps: AppDeps = {
    db,
    clock,
    keys: overrides.keys ?? { pepper: randomBytes(32), logKey: newLogKey() },
    config: { secureCookies: false, tsaUrls: [], version: 'test', databaseLabel: 'test', ...overrides.config },
  };
  return { app: createApp(deps), deps, db, clock };
}

/** JSON in, parsed JSON out: `call('POST', '/api/x', headers, body)` → { status, body }. */
export function jsonCaller(app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }) {
  return async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    // `any`: each test reads the fields of the answer it expects.
    return { status: res.status, body: text ? (JSON.parse(text) as any) : null };
  };
}
