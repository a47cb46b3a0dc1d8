import type { AppDeps } from '../lib/context.ts';

export async function exportPackage(_deps: AppDeps, _row: { id: string }): Promise<Uint8Array> {
  return new Uint8Array();
}
