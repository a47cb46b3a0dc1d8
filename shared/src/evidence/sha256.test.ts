import { expect, test } from 'vitest';
import { toHex } from './bytes.ts';
import { utf8 } from './platform.ts';
import { sha256, sha256Sync } from './sha256.ts';

test.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 70_001])('sync SHA-256 equals WebCrypto for %i bytes', async (n) => {
  const data = Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) % 256);
  expect(toHex(sha256Sync(data))).toBe(toHex(await sha256(data)));
});

// FIPS 180-4 / NIST CSHA examples: both paths give the published digests.
test.each([
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
])('SHA-256(%j) is the published digest', async (text, hex) => {
  const data = utf8(text);
  expect(toHex(sha256Sync(data))).toBe(hex);
  expect(toHex(await sha256(data))).toBe(hex);
});
