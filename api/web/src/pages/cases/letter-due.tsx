import type { CaseLetter, CaseStatus } from '@vigil/shared/schemas/case';
import { beijingStamp } from '@vigil/shared/i18n/beijing-time';
import { kt, ktOr } from './text.ts';

// The 律师函's reply deadline (要求与期限) where a lawyer looks: on the case, and as a badge in the list, so a letter
// whose days ran out without compliance is seen the day it happens, not at the next review of the file.

const DAY = 86_400_000;
/** Whole days from `a` to `b`, rounded up: "剩余 1 天" until the last minute. */
const daysBetween = (a: number, b: number) => String(Math.max(0, Math.ceil((b - a) / DAY)));

/** The case page's line under 回复期限. */
export function LetterDue({ letter, status }: { letter: CaseLetter; status: CaseStatus }) {
  const now = Date.now();
  const due = letter.due ? beijingStamp(letter.due, 'minute') : '';
  const text = {
    drafted: () => kt('due.drafted', { days: String(letter.deadlineDays) }),
    running: () => kt('due.running', { due, left: daysBetween(now, Date.parse(letter.due!)) }),
    overdue: () => kt('due.overdue', { due, late: daysBetween(Date.parse(letter.due!), now) }),
    closed: () => (letter.due ? kt('due.closed', { due, status: ktOr(`status.${status}`, status) }) : kt('due.drafted', { days: String(letter.deadlineDays) })),
  }[letter.state]();
  return <span class={`letter-due due-${letter.state}`} data-testid="case-letter-due" data-state={letter.state}>{letter.number} · {text}</span>;
}

/** The list's badge: the date while the days run, how late once they ran out; nothing for a draft or a closed case. */
export function LetterBadge({ letter }: { letter: CaseLetter | null }) {
  if (!letter?.due || (letter.state !== 'running' && letter.state !== 'overdue')) return null;
  const text = letter.state === 'overdue'
    ? kt('due.badgeOverdue', { late: daysBetween(Date.parse(letter.due), Date.now()) })
    : kt('due.badgeRunning', { due: beijingStamp(letter.due, 'minute').slice(0, 10) });
  return <div class={`letter-badge due-${letter.state}`} data-testid="case-letter-badge" data-state={letter.state}>{text}</div>;
}
