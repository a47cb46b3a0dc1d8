import type { Context } from 'hono';
import type { AppEnv, Auth } from './context.ts';

/** Resolves the caller from a bearer token or session cookie. Filled in by the accounts work of issue 2. */
export async function resolveAuth(_c: Context<AppEnv>): Promise<Auth | null> {
  return null;
}
