import { expect, test } from 'vitest';
import { lineDiff } from './diff.ts';

test.each([
  { a: '您好\n已私信', b: '您好\n已私信', ops: ['same', 'same'] },
  { a: '您好\n已私信', b: '您好\n已加急处理\n已私信', ops: ['same', 'add', 'same'] },
  { a: '您好\n全额退款\n已私信', b: '您好\n已私信', ops: ['same', 'del', 'same'] },
  { a: '旧标题', b: '新标题', ops: ['del', 'add'] },
])('$a → $b', ({ a, b, ops }) => {
  const d = lineDiff(a, b);
  expect(d.map((l) => l.op)).toEqual(ops);
  expect(d.filter((l) => l.op !== 'add').map((l) => l.text).join('\n')).toBe(a);
  expect(d.filter((l) => l.op !== 'del').map((l) => l.text).join('\n')).toBe(b);
});
