import { Device } from '@vigil/shared/schemas/capture';
import type { Me } from '@vigil/shared/schemas/auth';
import { exportPublicJwk, generateDeviceKey, jwkThumbprint } from '@vigil/shared/evidence/signature';
import { createApiClient } from '../api-client.ts';
import type { Settings } from '../storage.ts';
import { idbGet, idbPut, STORES } from './idb.ts';

/**
 * The per-device signing key (issue 6): ECDSA P-256 made by WebCrypto with a non-extractable private half, kept
 * in IndexedDB, never leaves this browser profile. Its public key is registered with each API + user it captures
 * for; the registration (device id, who the capturer is) is remembered so captures can be made while offline.
 */

interface StoredKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  thumbprint: string;
}

/** Who captures for an API: remembered from the last successful check, so an offline capture can name them. */
export interface Registration {
  apiUrl: string;
  userId: string;
  userName: string;
  deviceId: string;
  keyThumbprint: string;
}

// One key per user of this browser profile: the API binds a key to the user who registered it.
const keyId = (userId: string) => `device-key:v1:${userId}`;
const regId = (apiUrl: string) => `registration:v1:${apiUrl}`;

const keys = new Map<string, Promise<StoredKey>>();

export function deviceKey(userId: string): Promise<StoredKey> {
  const cached = keys.get(userId);
  if (cached) return cached;
  const loading = (async () => {
    const existing = await idbGet<StoredKey>(STORES.keys, keyId(userId));
    if (existing) return existing;
    const pair = await generateDeviceKey();
    const key: StoredKey = {
      privateKey: pair.privateKey as CryptoKey,
      publicKey: pair.publicKey as CryptoKey,
      thumbprint: await jwkThumbprint(await exportPublicJwk(pair.publicKey)),
    };
    await idbPut(STORES.keys, key, keyId(userId));
    return key;
  })().catch((err: unknown) => {
    keys.delete(userId);
    throw err;
  });
  keys.set(userId, loading);
  return loading;
}

export const savedRegistration = (apiUrl: string) => idbGet<Registration>(STORES.keys, regId(apiUrl));

/** e.g. "Chrome 142 · Linux": how the device is listed in the workspace. */
export function deviceName(): string {
  const data = (navigator as Navigator & { userAgentData?: { brands: { brand: string; version: string }[]; platform: string } }).userAgentData;
  const brand = data?.brands.find((b) => !/not.?a.?brand/i.test(b.brand) && b.brand !== 'Chromium') ?? data?.brands.find((b) => b.brand === 'Chromium');
  return brand ? `${brand.brand} ${brand.version} · ${data?.platform || 'unknown'}` : navigator.userAgent.slice(0, 200);
}

/**
 * Makes sure this device is registered for the signed-in user of `settings`, registering its public key when needed.
 * Online: asks the API who the token belongs to. Offline: falls back to the last registration for this API.
 */
export async function ensureRegistration(settings: Settings, me?: Me): Promise<Registration | null> {
  const client = createApiClient(settings);
  if (!client.baseUrl) return null;
  const apiUrl = client.baseUrl;
  const saved = await savedRegistration(apiUrl);
  const who = me ?? (await client.me().then((r) => (r.ok ? r.data : null)));
  if (!who) return saved ?? null;
  const key = await deviceKey(who.user.id);
  if (saved && saved.userId === who.user.id && saved.keyThumbprint === key.thumbprint) {
    if (saved.userName !== who.user.name) await idbPut(STORES.keys, { ...saved, userName: who.user.name }, regId(apiUrl));
    return { ...saved, userName: who.user.name };
  }
  const registered = await client.request('POST', '/api/devices', Device, {
    body: { name: deviceName(), publicKeyJwk: await exportPublicJwk(key.publicKey) },
  });
  if (!registered.ok) return null;
  const device: Device = registered.data;
  const registration: Registration = { apiUrl, userId: who.user.id, userName: who.user.name, deviceId: device.id, keyThumbprint: device.keyThumbprint };
  await idbPut(STORES.keys, registration, regId(apiUrl));
  return registration;
}
