import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { loadEnv, type Env } from './env.ts';
import { describeUrl, migrateDb, openDb, type Db } from './db/client.ts';
import { systemClock, type AppDeps, type ServerKeys } from './lib/context.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const VERSION = '0.1.0';
export const defaultWebRoot = resolve(here, '../web/dist');

/** Reads or creates a secret file (0600) in the key folder: created on first start, never in the repository. */
export function loadOrCreateSecret(dir: string, name: string, create: () => Uint8Array): Uint8Array {
  const path = join(dir, name);
  if (existsSync(path)) return new Uint8Array(readFileSync(path));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const bytes = create();
  writeFileSync(path, bytes, { mode: 0o600 });
  chmodSync(path, 0o600);
  return bytes;
}

export function loadKeys(env: Env): ServerKeys {
  return {
    pepper: loadOrCreateSecret(env.VIGIL_KEY_DIR, 'pepper', () => randomBytes(32)),
    logKey: loadOrCreateSecret(env.VIGIL_KEY_DIR, 'log-ed25519.pk8', newLogKey),
  };
}

/** The evidence log's Ed25519 signing key, created on first start (issue 6). */
export function newLogKey(): Uint8Array {
  return new Uint8Array(generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }));
}

/** Database, keys and config from the environment, migrated and ready: what `serve` and CLI commands share. */
export async function openRuntime(env: Env = loadEnv()): Promise<{ env: Env; db: Db; deps: AppDeps }> {
  const db = openDb({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
  await migrateDb(db);
  const deps: AppDeps = {
    db,
    clock: systemClock,
    keys: loadKeys(env),
    config: {
      secureCookies: env.VIGIL_SECURE_COOKIES,
      trustProxy: env.VIGIL_TRUST_PROXY,
      tsaUrls: env.TSA_URLS,
      webRoot: existsSync(defaultWebRoot) ? defaultWebRoot : undefined,
      version: VERSION,
      databaseLabel: describeUrl(env.DATABASE_URL),
    },
  };
  return { env, db, deps };
}
