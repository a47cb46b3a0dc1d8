import { reachOf, type Reach } from '@vigil/shared/evidence/reach';
import type { Db } from '../db/client.ts';
import { artefactsOf, readArtefact } from './store.ts';

/**
 * The capture's signed unit.json (the post as the site adapter read it), parsed; null for page captures or an
 * unreadable file. Reports, letters and the capture detail read the post's facts and reach from it (issue 10).
 */
export async function storedUnitJson(db: Db, captureId: string): Promise<Record<string, unknown> | null> {
  const entry = (await artefactsOf(db, captureId)).find((a) => a.name === 'unit.json');
  if (!entry) return null;
  const parts: Uint8Array[] = [];
  for await (const c of readArtefact(db, entry.sha256)) parts.push(c);
  try {
    const value: unknown = JSON.parse(Buffer.concat(parts).toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Counts at capture time, as displayed and as integers (item 3 of issue 10). */
export const storedReach = async (db: Db, captureId: string): Promise<Reach | null> => reachOf(await storedUnitJson(db, captureId));
