import { zValidator } from '@hono/zod-validator';
import type { ZodType } from 'zod';
import { ApiError } from './errors.ts';

type Target = 'json' | 'query' | 'param' | 'header' | 'form';

/** zod validation at the edge with the one error shape; the message names each bad field. */
export function valid<T extends ZodType, K extends Target>(target: K, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues
        .slice(0, 5)
        .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
      throw new ApiError(400, 'invalid_request', `请求无效 / Invalid request — ${issues.join('; ')}`);
    }
  });
}
