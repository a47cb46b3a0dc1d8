import { z } from 'zod';

/**
 * 律师函 / 律师声明 (issue 10 item 5): the request of `POST /api/cases/:id/letter` and the clause library of
 * `GET /api/legal/bases`. The recipient is the poster or the platform only: a letter to anyone else (customers,
 * partners) can itself be 商业诋毁 (legal.md A.1), so there is no free-form recipient.
 */
export const LetterRequest = z
  .object({
    kind: z.enum(['letter', 'statement']).describe('letter: 律师函 to the recipient; statement: the public 律师声明'),
    captureIds: z.array(z.string().min(1).max(64)).min(1).max(100).optional().describe('adopted captures of the case to cite; default all adopted'),
    bases: z.array(z.string().min(1).max(40)).max(20).describe('ids from GET /api/legal/bases'),
    demands: z.array(z.string().trim().min(1).max(500)).min(1).max(10).describe('ids from GET /api/legal/demands, or the demand text itself'),
    deadlineDays: z.number().int().min(1).max(90),
    firm: z.object({
      name: z.string().trim().min(1).max(100),
      lawyer: z.string().trim().min(1).max(50),
      licence: z.string().trim().min(1).max(40).describe('执业证号'),
      address: z.string().trim().max(200).optional(),
      phone: z.string().trim().max(40).optional(),
    }),
    recipient: z.enum(['poster', 'platform']).default('poster').describe('the account that posted (its entity if known) or the platform operator'),
    client: z.string().trim().min(1).max(100).optional().describe('委托人 full name; default the case brand'),
    templateId: z.string().min(1).max(64).optional().describe('a firm template from POST /api/legal/templates (its latest version is not implied: name the version)'),
  })
  .meta({ id: 'LetterRequest' });
export type LetterRequest = z.infer<typeof LetterRequest>;

export const LegalBasisOut = z
  .object({
    id: z.string(),
    title: z.string(),
    text: z.string(),
    scope: z.string(),
    kind: z.enum(['civil', 'competition', 'criminal', 'platform']),
    versions: z.array(z.object({ article: z.string(), title: z.string(), text: z.string(), from: z.string().optional(), before: z.string().optional() })).optional(),
    thresholds: z.string().optional(),
  })
  .meta({ id: 'LegalBasis' });

export const LegalBases = z.array(LegalBasisOut).meta({ id: 'LegalBases' });
export const LetterDemands = z.array(z.object({ id: z.string(), text: z.string() })).meta({ id: 'LetterDemands' });

export const LetterTemplate = z
  .object({ id: z.string(), name: z.string(), version: z.number().int(), size: z.number().int(), sha256: z.string(), placeholders: z.array(z.string()), uploadedBy: z.object({ id: z.string(), name: z.string().nullable() }), createdAt: z.string() })
  .meta({ id: 'LetterTemplate' });
export const LetterTemplateList = z.object({ items: z.array(LetterTemplate) }).meta({ id: 'LetterTemplateList' });
export const TemplateUploadQuery = z.object({ name: z.string().trim().min(1).max(100).describe('template name; a new upload under the same name is its next version') });
