import type { Check } from '@vigil/shared/schemas/capture';
import type { AppDeps } from '../lib/context.ts';

export async function retryPendingTimestamps(_deps: AppDeps, _opts: { captureId?: string } = {}): Promise<void> {}

export async function tokenChecks(_deps: AppDeps, _captureId: string, _manifestSha256: string): Promise<Check[]> {
  return [];
}
