/**
 * The Web platform APIs shared/ relies on, reached through globalThis: shared code runs in the extension (browser,
 * service worker) and in Node 20, and its tsconfig has no DOM library, so the few members used are typed here.
 */
export type WebKey = { readonly type: string; readonly algorithm: unknown };

export interface Subtle {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
  importKey(format: 'jwk', key: object, algorithm: object, extractable: boolean, usages: string[]): Promise<WebKey>;
  importKey(format: 'raw' | 'spki', key: Uint8Array, algorithm: object, extractable: boolean, usages: string[]): Promise<WebKey>;
  exportKey(format: 'jwk', key: WebKey): Promise<Record<string, unknown>>;
  sign(algorithm: object, key: WebKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: object, key: WebKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  generateKey(algorithm: object, extractable: boolean, usages: string[]): Promise<{ publicKey: WebKey; privateKey: WebKey }>;
}

interface Platform {
  crypto: { subtle: Subtle; getRandomValues<T extends Uint8Array>(a: T): T };
  TextEncoder: new () => { encode(s: string): Uint8Array };
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(b: Uint8Array): string };
}

const platform = globalThis as unknown as Platform;

export const subtle = (): Subtle => platform.crypto.subtle;
export const randomBytes = (n: number): Uint8Array => platform.crypto.getRandomValues(new Uint8Array(n));

const encoder = new platform.TextEncoder();
const strictDecoder = new platform.TextDecoder('utf-8', { fatal: true });
export const utf8 = (s: string): Uint8Array => encoder.encode(s);
/** Throws on invalid UTF-8, so a manifest with broken bytes is rejected rather than silently repaired. */
export const fromUtf8 = (b: Uint8Array): string => strictDecoder.decode(b);
