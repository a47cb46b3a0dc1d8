import type { Role } from '@vigil/shared/schemas/common';
import type { Db } from '../db/client.ts';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Everything the app needs from outside; tests hand in their own (STYLE habit 10). */
export interface AppDeps {
  db: Db;
  clock: Clock;
  /** Server secrets kept outside the database (issue 6 adds the Ed25519 log key). */
  keys: ServerKeys;
  config: AppConfig;
}

export interface ServerKeys {
  /** Server-side pepper for token and session hashes, so a leaked database alone does not verify guesses. */
  pepper: Uint8Array;
  /** PKCS#8 DER of the Ed25519 key that signs evidence-log tree heads (issue 6). */
  logKey: Uint8Array;
}

export interface AppConfig {
  secureCookies: boolean;
  /** Take the client address from X-Forwarded-For (VIGIL_TRUST_PROXY); off unless a proxy sets it. */
  trustProxy?: boolean;
  tsaUrls: string[];
  /** Folder with the built workspace (index.html + assets); undefined serves no UI. */
  webRoot?: string | undefined;
  version: string;
  databaseLabel: string;
}

export interface AuthUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface Auth {
  user: AuthUser;
  via: 'session' | 'token';
  /** id of the session or the personal access token used. */
  credentialId: string;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    auth: Auth | null;
  };
};
