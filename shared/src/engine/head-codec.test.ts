import { describe, expect, test } from 'vitest';
import { encodeHeadValues, headValues, textLevels } from './head-codec.ts';
import { encodeHead } from './sentiment-model.ts';

// How heads are stored (issue 15): one printable character per weight up to ±46 levels, base64 beyond; either way
// the model reads back the same integers.
const values = (levels: number, n = 4000) => Int8Array.from({ length: n }, (_, i) => (Math.round(Math.sin(i * 7.3) * levels * Math.abs(Math.sin(i))) | 0));

describe('head storage', () => {
  test.each([
    ['gate, ±7', 7, 'q'],
    ['sentiment head, ±31', 31, 'q'],
    ['widest text head, ±46', textLevels, 'q'],
    ['±127 needs base64', 127, 'w'],
  ])('%s', (_name, levels, field) => {
    const v = values(levels);
    const h = encodeHeadValues(0.5, 0.01, v);
    expect(Object.keys(h).sort()).toEqual(['bias', 'scale', field].sort());
    expect([...headValues(h)]).toEqual([...v]);
    // Survives JSON as written into the model file, with nothing escaped.
    const json = JSON.stringify(h);
    expect(json).not.toContain('\\');
    expect([...headValues(JSON.parse(json))]).toEqual([...v]);
  });

  test('encodeHead rounds floats to the head scale and keeps the sign', () => {
    const h = encodeHead({ bias: -1, w: Float32Array.from([0.31, -0.31, 0.004, 0]) }, 31);
    expect([...headValues(h)]).toEqual([31, -31, 0, 0]);
    expect(h.scale).toBeCloseTo(0.01);
  });
});
