import { describe, expect, test } from 'vitest';
import { decodeText } from './text-file.ts';

// What Excel, WPS and Notepad write for the same Chinese line, and what Vigil reads from it.
const line = '青禾乳业喝出异物';
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => Number.parseInt(b, 16)));
const utf16 = (s: string, le: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  [...s].forEach((ch, i) => {
    const c = ch.charCodeAt(0);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  });
  return out;
};

describe('decodeText: the encodings people hand to the CLI', () => {
  test.each([
    ['UTF-8 (scripts, “CSV UTF-8” without BOM)', new TextEncoder().encode(line), 'utf-8'],
    ['UTF-8 with Excel’s BOM (dropped)', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(line)]), 'utf-8'],
    ['GBK from Excel’s 「CSV（逗号分隔）」 on a Chinese Windows', hex('c7e0baccc8e9d2b5bac8b3f6d2ecceef'), 'gb18030'],
    ['UTF-16 LE from 「Unicode 文本」', utf16(line, true), 'utf-16le'],
    ['UTF-16 BE', utf16(line, false), 'utf-16be'],
  ])('%s', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: line, encoding });
  });

  test('plain ASCII stays UTF-8, and a GBK file never comes back with replacement characters', () => {
    expect(decodeText(new TextEncoder().encode('brand,title\r\n'))).toEqual({ text: 'brand,title\r\n', encoding: 'utf-8' });
    const gbkCsv = hex('6272616e642c7469746c652c626f64790d0ac7e0baccc8e9d2b52cb7fecef13a3acdcbbfee2cc4fabac3a3accdcbbfeed2d1bcd3bcb1b4a6c0eda3acc7ebc1f4d2e2b6ccd0c5a1a30d0a');
    const { text } = decodeText(gbkCsv);
    expect(text).toBe('brand,title,body\r\n青禾乳业,服务::退款,您好，退款已加急处理，请留意短信。\r\n');
    expect(text).not.toContain('\uFFFD');
  });
});
