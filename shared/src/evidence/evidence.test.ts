import { describe, expect, test } from 'vitest';
import type { Manifest } from '../schemas/capture.ts';
import { fromBase64, toBase64, toHex } from './bytes.ts';
import { allPassed, evidenceChecks } from './checks.ts';
import { encodeCaptureUpload } from './container.ts';
import { logEntryBytes } from './log-entry.ts';
import { buildManifest, describeArtefact, parseManifestBytes } from './manifest.ts';
import { leafHash, rootOf } from './merkle.ts';
import { subtle, utf8 } from './platform.ts';
import { sha256Hex } from './sha256.ts';
import { ecdsaRawToDer, exportPublicJwk, generateDeviceKey, jwkThumbprint, signManifest, verifyManifestSignature } from './signature.ts';

async function sample() {
  const keys = await generateDeviceKey();
  const jwk = await exportPublicJwk(keys.publicKey);
  const shot = utf8('png bytes 截图');
  const data = utf8('{"text":"某品牌奶粉有问题"}');
  const input: Manifest = {
    version: 1,
    captureId: '0b8c6f55-3d0e-4b8a-9a34-5d1e7f0c2a11',
    kind: 'unit',
    page: { url: 'https://weibo.com/123/abc', title: '微博' },
    unit: { platform: 'weibo', key: 'weibo:abc', permalink: 'https://weibo.com/123/abc' },
    capturer: { userId: 'u1', name: '王小明' },
    device: { id: 'd1', keyThumbprint: await jwkThumbprint(jwk) },
    times: { startedAt: '2026-11-22T09:00:00.000Z', finishedAt: '2026-11-22T09:00:01.200Z', clockOffsetMs: -42 },
    artefacts: [await describeArtefact('viewport.png', 'image/png', 'onscreen', shot), await describeArtefact('unit.json', 'application/json', 'adapter', data)],
    notes: { vigilMarksHidden: true },
  };
  const built = await buildManifest(input);
  const signature = await signManifest(keys.privateKey, built.bytes);
  return { keys, jwk, built, signature, files: new Map([['viewport.png', shot], ['unit.json', data]]) };
}

describe('manifest, signature and checks', () => {
  test('a signed manifest verifies; the signature is raw r‖s over the canonical bytes', async () => {
    const s = await sample();
    expect(fromBase64(s.signature).length).toBe(64);
    expect(await verifyManifestSignature(s.jwk, s.built.bytes, s.signature)).toBe(true);
    const other = utf8(new TextDecoderLike().decode(s.built.bytes).replace('王小明', '李四'));
    expect(await verifyManifestSignature(s.jwk, other, s.signature)).toBe(false);
    expect(s.built.sha256).toBe(await sha256Hex(s.built.bytes));
    expect(parseManifestBytes(s.built.bytes).ok).toBe(true);
  });

  test('non-canonical or invalid manifests are refused with a reason', async () => {
    const s = await sample();
    const pretty = utf8(JSON.stringify(JSON.parse(new TextDecoderLike().decode(s.built.bytes)), null, 2));
    expect(parseManifestBytes(pretty)).toEqual({ ok: false, reason: 'manifest is not RFC 8785 canonical JSON' });
    const r = parseManifestBytes(utf8('{"version":2}'));
    expect(r.ok).toBe(false);
  });

  test('checks pass for intact evidence and name what changed when not', async () => {
    const s = await sample();
    const digests = new Map<string, { sha256: string; size: number }>();
    for (const [n, b] of s.files) digests.set(n, { sha256: await sha256Hex(b), size: b.length });
    const ok = await evidenceChecks({ manifestBytes: s.built.bytes, signature: s.signature, deviceKey: s.jwk, artefacts: digests });
    expect(allPassed(ok)).toBe(true);
    expect(ok.map((c) => c.name)).toEqual(['manifest-digest', 'manifest-signature', 'artefact-set', 'artefact-digest', 'artefact-digest']);

    const tampered = new Map(digests);
    tampered.set('unit.json', { sha256: await sha256Hex(utf8('{"text":"改过"}')), size: 17 });
    const bad = await evidenceChecks({ manifestBytes: s.built.bytes, signature: s.signature, deviceKey: s.jwk, artefacts: tampered });
    expect(bad.filter((c) => !c.ok).map((c) => `${c.name}:${c.subject}`)).toEqual(['artefact-digest:unit.json']);

    const otherKey = await exportPublicJwk((await generateDeviceKey()).publicKey);
    const wrongKey = await evidenceChecks({ manifestBytes: s.built.bytes, signature: s.signature, deviceKey: otherKey, artefacts: digests });
    expect(wrongKey.find((c) => c.name === 'manifest-signature')?.ok).toBe(false);
  });

  test('log inclusion is checked against the entry that names the manifest', async () => {
    const s = await sample();
    const entry = { v: 1 as const, type: 'capture' as const, captureId: s.built.manifest.captureId, manifestSha256: s.built.sha256, userId: 'u1', deviceId: 'd1', at: '2026-11-22T09:00:02.000Z' };
    const leaves = [leafHash(utf8('a')), leafHash(logEntryBytes(entry))];
    // A real (random) Ed25519 key that did not sign this head.
    const pair = await subtle().generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
    const logKey = await subtle().exportKey('jwk', pair.publicKey);
    const treeHead = { size: 2, rootHash: toHex(rootOf(leaves)), timestamp: '2026-11-22T09:00:02.000Z', signature: toBase64(new Uint8Array(64)) };
    const checks = await evidenceChecks({
      manifestBytes: s.built.bytes,
      signature: s.signature,
      deviceKey: s.jwk,
      artefacts: new Map(),
      log: { entryBytes: logEntryBytes(entry), index: 1, proof: [toHex(leaves[0]!)], treeHead, logKey: { kty: 'OKP', crv: 'Ed25519', x: String(logKey.x) } },
    });
    expect(checks.find((c) => c.name === 'log-inclusion')?.ok).toBe(true);
    expect(checks.find((c) => c.name === 'tree-head-signature')?.ok).toBe(false);
  });

  test('DER form of a signature is a SEQUENCE of two INTEGERs', () => {
    const raw = new Uint8Array(64).fill(0x80);
    const der = ecdsaRawToDer(raw);
    expect(der[0]).toBe(0x30);
    expect(der[2]).toBe(0x02);
    expect(der[3]).toBe(33);
    expect(der.length).toBe(2 + 2 * 35);
  });

  test('the upload body starts with VGC1 and length-prefixed JSON headers', async () => {
    const s = await sample();
    const pieces = encodeCaptureUpload({ manifestBytes: s.built.bytes, signature: s.signature, deviceId: 'd1', artefacts: [{ name: 'unit.json', size: 3, body: 'BLOB' }] });
    expect(new TextDecoderLike().decode(pieces[0] as Uint8Array)).toBe('VGC1');
    const header = pieces[1] as Uint8Array;
    const len = new DataView(header.buffer).getUint32(0);
    expect(JSON.parse(new TextDecoderLike().decode(header.slice(4)))).toEqual({ field: 'manifest', size: s.built.bytes.length });
    expect(len).toBe(header.length - 4);
    expect(pieces.at(-1)).toBe('BLOB');
  });
});

/** TextDecoder through globalThis: shared/ compiles without DOM types. */
class TextDecoderLike {
  private readonly d = new (globalThis as unknown as { TextDecoder: new () => { decode(b: Uint8Array): string } }).TextDecoder();
  decode(b: Uint8Array): string {
    return this.d.decode(b);
  }
}
