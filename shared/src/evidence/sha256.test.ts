import { expect, test } from 'vitest';
import { toHex } from './bytes.ts';
import { sha256, sha256Sync } from './sha256.ts';

test.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 70_001])('sync SHA-256 equals WebCrypto for %i bytes', async (n) => {
  const data = Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) % 256);
  expect(toHex(sha256Sync(data))).toBe(toHex(await sha256(data)));
});
