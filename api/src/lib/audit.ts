import { auditEvents } from '../db/schema/audit-events.ts';
import type { Db } from '../db/client.ts';
import { withWriteRetry } from '../evidence/write-retry.ts';

/** Security events recorded in audit_events (issue 2). Others may add actions; keep names `noun.verb`. */
export type AuditAction =
  | 'login.ok'
  | 'login.failed'
  | 'login.rate_limited'
  | 'logout'
  | 'token.created'
  | 'token.revoked'
  | 'user.created'
  | 'user.role_changed'
  | 'user.renamed'
  | 'user.disabled'
  | 'user.enabled'
  | 'user.password_reset'
  | 'user.password_changed'
  | (string & {});

export interface AuditEntry {
  action: AuditAction;
  at: Date;
  actorId?: string | null;
  subject?: string | null;
  ip?: string | null;
  detail?: Record<string, unknown> | null;
}

export function auditInsert(db: Db, e: AuditEntry) {
  return db.insert(auditEvents).values({
    at: e.at,
    action: e.action,
    actorId: e.actorId ?? null,
    subject: e.subject ?? null,
    ip: e.ip ?? null,
    detail: e.detail ?? null,
  });
}

/** One audit event on its own; a busy write lock on a libSQL server (a burst of logins) is waited out, not a 500. */
export async function recordAudit(db: Db, e: AuditEntry): Promise<void> {
  await withWriteRetry(async () => {
    await auditInsert(db, e);
  });
}
