/**
 * Retries a write transaction that lost a race: the database's write lock held elsewhere (SQLITE_BUSY), every
 * pooled connection already in a transaction (TRANSACTION_ACTIVE: a burst of custody events on an embedded file),
 * or the same log index taken first (primary-key conflict on the log tables). Everything inside is re-read on the
 * next attempt, so a retry appends after the winner.
 */
export async function withWriteRetry<T>(fn: () => Promise<T>, attempts = 10): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts - 1 || !lostRace(err)) throw err;
      await new Promise((r) => setTimeout(r, Math.min(5 * 2 ** i, 500) + Math.random() * 10));
    }
  }
}

function lostRace(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    const code = String(e.code ?? '');
    const message = String(e.message ?? '');
    if (/SQLITE_BUSY|SQLITE_LOCKED|TRANSACTION_ACTIVE/.test(code) || /database is locked/.test(message)) return true;
    if (/SQLITE_CONSTRAINT/.test(code) && /log_entries|tree_heads|log_nodes/.test(message)) return true;
  }
  return false;
}
