import { expect, test } from 'vitest';
import { ErrorBody, Role } from './common.ts';

test('the error shape and the four roles are what DESIGN.md promises', () => {
  expect(ErrorBody.safeParse({ error: { code: 'x', message: 'y' } }).success).toBe(true);
  expect(ErrorBody.safeParse({ error: { code: 'x' } }).success).toBe(false);
  expect(Role.options).toEqual(['staff', 'pr_lead', 'legal', 'admin']);
});
