import { describe, expect, test } from 'vitest';
import type { CaseStatus } from '@vigil/shared/schemas/case';
import { caseLetter, type LetterEventRow } from './letter-state.ts';

const t = (iso: string) => new Date(`${iso}+08:00`);
const draft = (at: string, days: number, kind = 'letter', n = 1): LetterEventRow => ({ at: t(at), kind: 'letter', detail: { kind, deadlineDays: days, number: `AJ-2026-000${n}-律函` } });
const sent = (at: string): LetterEventRow => ({ at: t(at), kind: 'status', detail: { from: 'open', to: 'letter_sent' } });
const moved = (at: string, to: string): LetterEventRow => ({ at: t(at), kind: 'status', detail: { from: 'letter_sent', to } });
const now = t('2026-12-10T12:00:00');

describe('a case’s 律师函 deadline', () => {
  test.each<[string, LetterEventRow[], CaseStatus, Partial<ReturnType<typeof caseLetter>> | null]>([
    ['no letter drafted', [sent('2026-12-01T10:00:00')], 'letter_sent', null],
    ['only a 律师声明 (public, gives nobody days)', [draft('2026-12-01T09:00:00', 7, 'statement')], 'open', null],
    ['drafted, not yet sent', [draft('2026-12-01T09:00:00', 7)], 'open', { state: 'drafted', sentAt: null, due: null }],
    ['sent 12-05 with 7 days: runs to 12-12', [draft('2026-12-01T09:00:00', 7), sent('2026-12-05T10:00:00')], 'letter_sent', { state: 'running', due: t('2026-12-12T10:00:00').toISOString() }],
    ['sent 12-01 with 7 days, still waiting on 12-10: overdue', [draft('2026-12-01T09:00:00', 7), sent('2026-12-01T10:00:00')], 'letter_sent', { state: 'overdue', due: t('2026-12-08T10:00:00').toISOString() }],
    ['overdue, then resolved: closed', [draft('2026-12-01T09:00:00', 7), sent('2026-12-01T10:00:00'), moved('2026-12-09T10:00:00', 'resolved')], 'resolved', { state: 'closed' }],
    ['sent before the draft (the status moved first): the draft is not the one sent', [sent('2026-11-30T10:00:00'), draft('2026-12-01T09:00:00', 7)], 'letter_sent', { state: 'drafted', sentAt: null }],
    ['a redraft while waiting: the letter sent keeps running', [draft('2026-12-01T09:00:00', 14, 'letter', 1), sent('2026-12-02T10:00:00'), draft('2026-12-03T09:00:00', 3, 'letter', 2)], 'letter_sent', { state: 'running', deadlineDays: 14, number: 'AJ-2026-0001-律函' }],
    ['a drafted letter of a closed case', [draft('2026-12-01T09:00:00', 7)], 'closed', { state: 'closed' }],
  ])('%s', (_name, events, status, want) => {
    const got = caseLetter(events, status, now);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject(want);
  });
});
