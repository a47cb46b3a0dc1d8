import { createHash, randomUUID } from 'node:crypto';
import { desc, eq, max } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { letterTemplates } from '../db/schema/letter-templates.ts';
import type { AppDeps } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { checkTemplate } from './template-check.ts';
import { userNames } from '../evidence/queries.ts';

/** Stores a checked template as the next version of `name` (issue 10 item 5). */
export async function saveTemplate(deps: AppDeps, userId: string, name: string, bytes: Uint8Array) {
  const placeholders = checkTemplate(bytes);
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.select({ v: max(letterTemplates.version) }).from(letterTemplates).where(eq(letterTemplates.name, name));
    await tx.insert(letterTemplates).values({
      id,
      name,
      version: (row?.v ?? 0) + 1,
      bytes: Buffer.from(bytes),
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      placeholders,
      uploadedBy: userId,
      createdAt: deps.clock.now(),
    });
  });
  return (await listTemplates(deps.db)).find((t) => t.id === id)!;
}

export async function listTemplates(db: Db) {
  const rows = await db
    .select({ id: letterTemplates.id, name: letterTemplates.name, version: letterTemplates.version, size: letterTemplates.size, sha256: letterTemplates.sha256, placeholders: letterTemplates.placeholders, uploadedBy: letterTemplates.uploadedBy, createdAt: letterTemplates.createdAt })
    .from(letterTemplates)
    .orderBy(letterTemplates.name, desc(letterTemplates.version));
  const names = await userNames(db, rows.map((r) => r.uploadedBy));
  return rows.map((r) => ({ ...r, uploadedBy: { id: r.uploadedBy, name: names.get(r.uploadedBy) ?? null }, createdAt: r.createdAt.toISOString() }));
}

export async function templateBytes(db: Db, id: string): Promise<Uint8Array> {
  const [row] = await db.select({ bytes: letterTemplates.bytes }).from(letterTemplates).where(eq(letterTemplates.id, id)).limit(1);
  if (!row) throw errors.badRequest('未找到该模板 / No such template', 'unknown_template');
  return new Uint8Array(row.bytes);
}
