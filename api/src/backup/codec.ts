import type { InValue, Value } from '@libsql/client';

/**
 * JSON for SQLite values: integers beyond 2^53 as `{"$int": "…"}`, blobs as `{"$blob": base64}`; everything else
 * is plain JSON. Read with a client in `intMode: 'bigint'` so no integer is rounded on the way out.
 */
export type Encoded = string | number | null | { $int: string } | { $blob: string };

export function encodeValue(v: Value): Encoded {
  if (v === null || typeof v === 'string') return v;
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : { $int: v.toString() };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`cannot back up a non-finite REAL value: ${v}`);
    return v;
  }
  return { $blob: Buffer.from(v).toString('base64') };
}

export function decodeValue(e: Encoded): InValue {
  if (e === null || typeof e === 'string' || typeof e === 'number') return e;
  if ('$int' in e) return BigInt(e.$int);
  return new Uint8Array(Buffer.from(e.$blob, 'base64'));
}
