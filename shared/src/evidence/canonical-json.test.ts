import { describe, expect, test } from 'vitest';
import { canonicalize } from './canonical-json.ts';

const f64 = (hex: string) => new DataView(Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16)).buffer).getFloat64(0);

describe('RFC 8785 canonical JSON', () => {
  // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
  test.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('number %s → %s', (bits, text) => {
    expect(canonicalize(f64(bits))).toBe(text);
  });

  test.each([['7fffffffffffffff'], ['7ff0000000000000']])('NaN and Infinity (%s) are refused', (bits) => {
    expect(() => canonicalize(f64(bits))).toThrow(/not representable/);
  });

  test('the RFC 8785 §3.2.2 sample serialises exactly', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    );
    expect(canonicalize(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  test('keys sort by UTF-16 code units (RFC 8785 §3.2.3 example)', () => {
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",' +
        '"\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    );
    // Positions in the output text, since JSON.parse would put the integer-like key "1" first again.
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'];
    const positions = order.map((k) => canonicalize(input).indexOf(JSON.stringify(k)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('Chinese text passes through unescaped and nesting is canonical too', () => {
    expect(canonicalize({ b: [{ z: 1, a: '取证' }], a: { y: null, x: false } })).toBe('{"a":{"x":false,"y":null},"b":[{"a":"取证","z":1}]}');
  });

  test('lone surrogates and non-JSON values are refused', () => {
    expect(() => canonicalize({ a: '\ud800' })).toThrow(/surrogate/);
    expect(() => canonicalize({ a: 1n })).toThrow();
  });
});
