import { beijingStamp } from '@vigil/shared/i18n/beijing-time';
import { and, desc, eq, gt, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { loginAttempts } from '../db/schema/login-attempts.ts';
import { withWriteRetry } from '../evidence/write-retry.ts';

/**
 * Failed logins allowed per window (issues 2 and 15). The tight limit is per account *and* address, so whoever
 * guesses locks out only their own address. The wider limits (per address, per account from any address) stop
 * password spraying and distributed guessing, but do not apply to an address that signed in to that account
 * recently: a stranger's guesses cannot lock a colleague out, even behind the same office NAT.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL_AND_IP = 5;
export const MAX_FAILURES_PER_IP = 20;
export const MAX_FAILURES_PER_EMAIL = 20;
/** A successful login makes its address "known" to that account for this long. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 3600_000;

const failuresSince = (where: SQL, since: Date) =>
  sql`(select count(*) from ${loginAttempts} where ${where} and ${loginAttempts.ok} = 0 and ${loginAttempts.at} > ${since.getTime()})`;

/**
 * Check and count in one statement, so concurrent attempts cannot all pass the check before any is counted
 * (issue 15: 30 simultaneous guesses all got 401). The attempt is counted as a failure up front and settled by
 * `settleLoginAttempt`; null means the login is blocked and nothing was counted.
 */
export async function reserveLoginAttempt(db: Db, a: { email: string; ip: string; now: Date }): Promise<number | null> {
  const since = new Date(a.now.getTime() - LOGIN_WINDOW_MS);
  const pair = and(eq(loginAttempts.email, a.email), eq(loginAttempts.ip, a.ip))!;
  // A burst of concurrent logins on a libSQL server can meet a busy write lock; the statement wrote nothing then,
  // so it is simply tried again (seen as one 500 among 30 simultaneous guesses on sqld under load).
  const rows = await withWriteRetry(() => db.all<{ id: number }>(sql`
    insert into ${loginAttempts} (at, email, ip, ok)
    select ${a.now.getTime()}, ${a.email}, ${a.ip}, 0
    where ${failuresSince(pair, since)} < ${MAX_FAILURES_PER_EMAIL_AND_IP}
      and (exists (select 1 from ${loginAttempts} where ${pair} and ${loginAttempts.ok} = 1
                   and ${loginAttempts.at} > ${a.now.getTime() - KNOWN_ADDRESS_MS})
           or (${failuresSince(eq(loginAttempts.ip, a.ip), since)} < ${MAX_FAILURES_PER_IP}
               and ${failuresSince(eq(loginAttempts.email, a.email), since)} < ${MAX_FAILURES_PER_EMAIL}))
    returning id`));
  return rows[0]?.id ?? null;
}

/**
 * A failure stays counted. A success forgets this address's failures for the account and remembers the address
 * as known; old rows are pruned on the way.
 */
export async function settleLoginAttempt(db: Db, a: { email: string; ip: string; ok: boolean; now: Date }): Promise<void> {
  const prune = db
    .delete(loginAttempts)
    .where(
      or(
        and(eq(loginAttempts.ok, false), lt(loginAttempts.at, new Date(a.now.getTime() - LOGIN_WINDOW_MS))),
        and(eq(loginAttempts.ok, true), lt(loginAttempts.at, new Date(a.now.getTime() - KNOWN_ADDRESS_MS))),
      ),
    );
  if (!a.ok) {
    await prune;
    return;
  }
  await db.batch([
    prune,
    db.delete(loginAttempts).where(and(eq(loginAttempts.email, a.email), eq(loginAttempts.ip, a.ip))),
    db.insert(loginAttempts).values({ email: a.email, ip: a.ip, ok: true, at: a.now }),
  ]);
}

/** When a blocked login may be tried again (for the message and Retry-After); only after a refused reservation. */
export async function loginBlockedUntil(db: Db, email: string, ip: string, now: Date): Promise<Date> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const nth = async (where: SQL | undefined, limit: number) => {
    const rows = await db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(where, eq(loginAttempts.ok, false), gt(loginAttempts.at, since)))
      .orderBy(desc(loginAttempts.at))
      .limit(1)
      .offset(limit - 1);
    // The block lifts when the oldest of the last `limit` failures leaves the window.
    return rows[0] ? rows[0].at.getTime() + LOGIN_WINDOW_MS : 0;
  };
  const times = [
    await nth(and(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip)), MAX_FAILURES_PER_EMAIL_AND_IP),
    await nth(eq(loginAttempts.ip, ip), MAX_FAILURES_PER_IP),
    await nth(eq(loginAttempts.email, email), MAX_FAILURES_PER_EMAIL),
  ];
  // A limit that lifted between the refusal and this read still earns a short wait rather than "retry now".
  return new Date(Math.max(now.getTime() + 1000, ...times));
}

/** "请在 14:05 之后重试" in China time, with the English after it. */
export function retryMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const hhmm = beijingStamp(until, 'minute').slice(11);
  return `登录失败次数过多，请在 ${minutes} 分钟后（北京时间 ${hhmm} 之后）重试 / Too many failed logins, retry in ${minutes} min`;
}
