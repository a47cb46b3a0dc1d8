import { utf8 } from './platform.ts';

/**
 * JSON Canonicalization Scheme, RFC 8785: the same value always gives the same bytes, so the manifest digest is
 * stable whoever serialises it. Numbers use ECMAScript Number.prototype.toString (RFC 8785 §3.2.2.3), strings use
 * JSON.stringify's minimal escaping (§3.2.2.2), object keys sort by UTF-16 code units (§3.2.3) — which is exactly
 * what Array.prototype.sort does with no comparator.
 */
export function canonicalize(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`JCS: ${value} is not representable in JSON`);
      // String(-0) is "0", as §3.2.2.3 requires.
      return String(value);
    case 'string':
      return canonicalString(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalize(v === undefined ? null : v)).join(',')}]`;
      const rec = value as Record<string, unknown>;
      const keys = Object.keys(rec).filter((k) => rec[k] !== undefined).sort();
      return `{${keys.map((k) => `${canonicalString(k)}:${canonicalize(rec[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`JCS: cannot serialise a ${typeof value}`);
  }
}

/** RFC 8785 requires well-formed Unicode: a lone surrogate is an error, not an escape. */
function canonicalString(s: string): string {
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)) {
    throw new TypeError('JCS: string contains a lone surrogate');
  }
  return JSON.stringify(s);
}

export const canonicalBytes = (value: unknown): Uint8Array => utf8(canonicalize(value));
