import type { CaseLetter, CaseStatus } from '@vigil/shared/schemas/case';
import { DAY } from '../monitoring/time.ts';

// A 律师函 gives the other side days to comply (要求与期限, e.g. 7 日内删除并致歉). The lawyer who sent it needs to
// know when those days run out and whether the case is still waiting, on the case and in the list, without counting
// on a calendar. The draft is a timeline event (`letter`, the DOCX's SHA-256 in the evidence log); the days run
// from the case's move to 已发函 after it.

/** A `letter` or `status` event of a case; a list of them is oldest first. */
export interface LetterEventRow {
  at: Date;
  kind: string;
  detail: Record<string, unknown>;
}

/**
 * The latest 律师函 of a case (a public 律师声明 gives nobody days) and where its deadline stands at `now`. A letter
 * redrafted while the case already waits at 已发函 leaves the one sent running: that is the letter the other side has.
 */
export function caseLetter(events: readonly LetterEventRow[], status: CaseStatus, now: Date): CaseLetter | null {
  const drafts = events.filter((e) => e.kind === 'letter' && e.detail.kind === 'letter');
  // By the order of the events (oldest first), not their times: two in the same millisecond keep their order.
  const sentAfter = (d: LetterEventRow) => events.slice(events.indexOf(d) + 1).find((e) => e.kind === 'status' && e.detail.to === 'letter_sent');
  const latest = drafts.at(-1);
  if (!latest) return null;
  const draft = !sentAfter(latest) && status === 'letter_sent' ? [...drafts].reverse().find((d) => sentAfter(d)) ?? latest : latest;
  const sent = sentAfter(draft);
  const days = Number(draft.detail.deadlineDays);
  const base = { number: String(draft.detail.number ?? ''), draftedAt: draft.at.toISOString(), deadlineDays: days };
  if (!sent) return { ...base, sentAt: null, due: null, state: status === 'open' || status === 'letter_sent' ? 'drafted' : 'closed' };
  const due = new Date(sent.at.getTime() + days * DAY);
  const state = status !== 'letter_sent' ? 'closed' : now.getTime() > due.getTime() ? 'overdue' : 'running';
  return { ...base, sentAt: sent.at.toISOString(), due: due.toISOString(), state };
}
