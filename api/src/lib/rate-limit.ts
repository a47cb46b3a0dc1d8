import { and, desc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { loginAttempts } from '../db/schema/login-attempts.ts';

/** Failed logins allowed per window, per account and per address (issue 2). */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

/**
 * When the next login for this email or address may be tried, or null if it may be tried now. Failures are
 * counted in the database so every API process sees the same count.
 */
export async function loginBlockedUntil(db: Db, email: string, ip: string, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const nth = async (where: ReturnType<typeof and>, limit: number) => {
    const rows = await db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(where, eq(loginAttempts.ok, false), gt(loginAttempts.at, since)))
      .orderBy(desc(loginAttempts.at))
      .limit(1)
      .offset(limit - 1);
    // The block lifts when the oldest of the last `limit` failures leaves the window.
    return rows[0] ? new Date(rows[0].at.getTime() + LOGIN_WINDOW_MS) : null;
  };
  const byEmail = await nth(eq(loginAttempts.email, email), MAX_FAILURES_PER_EMAIL);
  const byIp = await nth(eq(loginAttempts.ip, ip), MAX_FAILURES_PER_IP);
  const times = [byEmail, byIp].filter((d): d is Date => d !== null);
  return times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
}

/** Records an attempt; a success forgets the account's earlier failures. Old rows are pruned on the way. */
export async function recordLoginAttempt(db: Db, a: { email: string; ip: string; ok: boolean; at: Date }): Promise<void> {
  const cutoff = new Date(a.at.getTime() - LOGIN_WINDOW_MS);
  await db.batch([
    db.delete(loginAttempts).where(lt(loginAttempts.at, cutoff)),
    a.ok
      ? db.delete(loginAttempts).where(and(eq(loginAttempts.email, a.email), eq(loginAttempts.ok, false)))
      : db.insert(loginAttempts).values(a),
  ]);
}

/** "请在 14:05 之后重试" in China time, with the English after it. */
export function retryMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const hhmm = until.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
  return `登录失败次数过多，请在 ${minutes} 分钟后（北京时间 ${hhmm} 之后）重试 / Too many failed logins, retry in ${minutes} min`;
}
