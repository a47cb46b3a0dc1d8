import { beijingStamp } from '@vigil/shared/i18n/beijing-time';
import { and, desc, eq, gt, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { loginAttempts } from '../db/schema/login-attempts.ts';
import { withWriteRetry } from '../evidence/write-retry.ts';

/**
 * Failed logins allowed per window (issues 2 and 15). The tight limit is per account *and* address, so whoever
 * guesses locks out only their own address. The wider limits (per address, per account from any address) stop
 * password spraying and distributed guessing, but do not apply to an address that signed in to that account
 * recently. A login carrying a known-device cookie for the account (lib/device-cookie.ts) is counted only per
 * account and device, and none of those limits apply to it: a stranger's guesses, even from the same office NAT,
 * cannot lock out a colleague on her own browser, and a stolen device cookie that keeps failing locks only itself.
 */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL_AND_IP = 5;
export const MAX_FAILURES_PER_IP = 20;
export const MAX_FAILURES_PER_EMAIL = 20;
export const MAX_FAILURES_PER_DEVICE = 5;
/** A successful login makes its address "known" to that account for this long. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 3600_000;

const failuresSince = (where: SQL, since: Date) =>
  sql`(select count(*) from ${loginAttempts} where ${where} and ${loginAttempts.ok} = 0 and ${loginAttempts.at} > ${since.getTime()})`;

/** Who is trying: `device` is the nonce of a valid known-device cookie for `email`, or null (an untrusted client). */
export type LoginAttempt = { email: string; ip: string; device: string | null; now: Date };

/** The buckets an attempt is counted in, each with its limit; untrusted attempts never share a device's bucket. */
function buckets(a: LoginAttempt): { pair: SQL; device?: SQL; ip: SQL; email: SQL } {
  const untrusted = isNull(loginAttempts.device);
  return {
    pair: and(eq(loginAttempts.email, a.email), eq(loginAttempts.ip, a.ip), untrusted)!,
    ...(a.device === null ? {} : { device: and(eq(loginAttempts.email, a.email), eq(loginAttempts.device, a.device))! }),
    ip: and(eq(loginAttempts.ip, a.ip), untrusted)!,
    email: and(eq(loginAttempts.email, a.email), untrusted)!,
  };
}

/**
 * Check and count in one statement, so concurrent attempts cannot all pass the check before any is counted
 * (issue 15: 30 simultaneous guesses all got 401). The attempt is counted as a failure up front and settled by
 * `settleLoginAttempt`; null means the login is blocked and nothing was counted.
 */
export async function reserveLoginAttempt(db: Db, a: LoginAttempt): Promise<number | null> {
  const since = new Date(a.now.getTime() - LOGIN_WINDOW_MS);
  const b = buckets(a);
  const known = and(eq(loginAttempts.email, a.email), eq(loginAttempts.ip, a.ip), eq(loginAttempts.ok, true));
  const allowed = b.device
    ? sql`${failuresSince(b.device, since)} < ${MAX_FAILURES_PER_DEVICE}`
    : sql`${failuresSince(b.pair, since)} < ${MAX_FAILURES_PER_EMAIL_AND_IP}
      and (exists (select 1 from ${loginAttempts} where ${known} and ${loginAttempts.at} > ${a.now.getTime() - KNOWN_ADDRESS_MS})
           or (${failuresSince(b.ip, since)} < ${MAX_FAILURES_PER_IP} and ${failuresSince(b.email, since)} < ${MAX_FAILURES_PER_EMAIL}))`;
  // A burst of concurrent logins on a libSQL server can meet a busy write lock; the statement wrote nothing then,
  // so it is simply tried again (seen as one 500 among 30 simultaneous guesses on sqld under load).
  const rows = await withWriteRetry(() => db.all<{ id: number }>(sql`
    insert into ${loginAttempts} (at, email, ip, device, ok)
    select ${a.now.getTime()}, ${a.email}, ${a.ip}, ${a.device}, 0
    where ${allowed}
    returning id`));
  return rows[0]?.id ?? null;
}

/**
 * A failure stays counted. A success remembers the address as known to the account and forgets the failures of
 * its own bucket: the device's, or (untrusted) this address's. A known device's success leaves the untrusted
 * buckets alone, so a colleague signing in does not hand a stranger at her address fresh guesses. Old rows are
 * pruned on the way.
 */
export async function settleLoginAttempt(db: Db, a: LoginAttempt & { ok: boolean }): Promise<void> {
  const prune = () =>
    db
      .delete(loginAttempts)
      .where(
        or(
          and(eq(loginAttempts.ok, false), lt(loginAttempts.at, new Date(a.now.getTime() - LOGIN_WINDOW_MS))),
          and(eq(loginAttempts.ok, true), lt(loginAttempts.at, new Date(a.now.getTime() - KNOWN_ADDRESS_MS))),
        ),
      );
  // Busy write locks in a burst of logins on a libSQL server are waited out (as in reserveLoginAttempt), not a 500.
  if (!a.ok) {
    await withWriteRetry(async () => {
      await prune();
    });
    return;
  }
  const b = buckets(a);
  await withWriteRetry(() =>
    db.batch([
      prune(),
      db.delete(loginAttempts).where(b.device ?? b.pair),
      db.delete(loginAttempts).where(and(eq(loginAttempts.email, a.email), eq(loginAttempts.ip, a.ip), eq(loginAttempts.ok, true))),
      db.insert(loginAttempts).values({ email: a.email, ip: a.ip, ok: true, at: a.now }),
    ]),
  );
}

/** When a blocked login may be tried again (for the message and Retry-After); only after a refused reservation. */
export async function loginBlockedUntil(db: Db, a: LoginAttempt): Promise<Date> {
  const since = new Date(a.now.getTime() - LOGIN_WINDOW_MS);
  const nth = async (where: SQL, limit: number) => {
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
  const b = buckets(a);
  const times = b.device
    ? [await nth(b.device, MAX_FAILURES_PER_DEVICE)]
    : [await nth(b.pair, MAX_FAILURES_PER_EMAIL_AND_IP), await nth(b.ip, MAX_FAILURES_PER_IP), await nth(b.email, MAX_FAILURES_PER_EMAIL)];
  // A limit that lifted between the refusal and this read still earns a short wait rather than "retry now".
  return new Date(Math.max(a.now.getTime() + 1000, ...times));
}

/** "请在 14:05 之后重试" in China time, with the English after it. */
export function retryMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const hhmm = beijingStamp(until, 'minute').slice(11);
  return `登录失败次数过多，请在 ${minutes} 分钟后（北京时间 ${hhmm} 之后）重试 / Too many failed logins, retry in ${minutes} min`;
}
