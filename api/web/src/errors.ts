import { ApiError } from './api.ts';
import { localMessage, t, type MessageKey } from './i18n.ts';

const known = new Set<string>(['invalid_credentials', 'account_disabled', 'unreachable', 'unauthorized', 'forbidden']);

/** What to tell the user about a failed request, in the UI's language. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    if (known.has(err.code)) return t(`error.${err.code}` as MessageKey);
    // rate_limited and validation messages carry specifics (retry time, the bad field): show the API's words.
    return localMessage(err.message);
  }
  return t('error.generic', { message: err instanceof Error ? err.message : String(err) });
}
