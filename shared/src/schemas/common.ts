import { z } from 'zod';

/** The four roles of DESIGN.md. `admin` may do everything. */
export const roles = ['staff', 'pr_lead', 'legal', 'admin'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** The one error shape every 4xx/5xx answer has. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('stable, machine-readable, snake_case'),
      message: z.string().describe('human-readable, Chinese first where shown to users'),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const IdParam = z.object({ id: z.string().min(1).max(64) });

export const Health = z.object({ ok: z.literal(true), version: z.string(), database: z.string() }).meta({ id: 'Health' });
