import { z } from 'zod';

/**
 * Two independent public RFC 3161 authorities (free, no account; both time-stamp code signatures for millions of
 * users): evidence carries two tokens, so one authority's key or clock being questioned does not leave it unstamped.
 */
export const DEFAULT_TSA_URLS = ['http://timestamp.digicert.com', 'http://timestamp.sectigo.com'] as const;

/**
 * The only reader of process.env (STYLE habit 10). A bad setting stops start-up with a message that names it.
 */
const Env = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/vigil.db')
    .refine((u) => /^(file:|https?:\/\/|wss?:\/\/|libsql:\/\/)/.test(u), {
      message: 'must start with file:, http://, https://, ws://, wss:// or libsql://',
    }),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  /** Where the server keeps its signing key and other secrets that must not live in the database. */
  VIGIL_KEY_DIR: z.string().default('./data/keys'),
  /**
   * Comma-separated RFC 3161 time-stamp authority URLs (issue 6). Unset: DEFAULT_TSA_URLS, so a new install's
   * evidence is time-stamped twice (issue 15); `off` (or empty) turns time-stamps off. Tests always set it.
   */
  TSA_URLS: z
    .string()
    .optional()
    .transform((s) => (s === undefined ? [...DEFAULT_TSA_URLS] : s.trim().toLowerCase() === 'off' ? [] : s.split(',').map((u) => u.trim()).filter(Boolean)))
    .pipe(z.array(z.string().url('each TSA_URLS entry must be a URL'))),
  /** Set when the workspace is served over https, so cookies get `Secure`. */
  VIGIL_SECURE_COOKIES: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** Set only behind a reverse proxy that overwrites X-Forwarded-For: login rate limits then use its client address. */
  VIGIL_TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});
export type Env = z.infer<typeof Env>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new Error(`Vigil cannot start, bad setting:\n${lines.join('\n')}`);
  }
  if (parsed.data.DATABASE_URL.startsWith('libsql://') && !parsed.data.DATABASE_AUTH_TOKEN) {
    throw new Error('Vigil cannot start, bad setting:\n  DATABASE_AUTH_TOKEN: required for a libsql:// (Turso) DATABASE_URL');
  }
  return parsed.data;
}
