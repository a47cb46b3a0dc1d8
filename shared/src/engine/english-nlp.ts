import { useEnglishNlp } from './english.ts';

// compromise, loaded on demand (issue 3): ~140 KB gzip that a Chinese page must never pay for. Kept apart from
// english.ts so that a bundle which does not import this file cannot contain compromise at all.
let loading: Promise<void> | null = null;

export function loadEnglish(): Promise<void> {
  loading ??= import('compromise').then((m) => useEnglishNlp((m as { default?: unknown }).default ?? m));
  return loading;
}
