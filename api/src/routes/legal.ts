import { Hono } from 'hono';
import { ErrorBody, IdParam, type Role } from '@vigil/shared/schemas/common';
import { LegalBases, LetterDemands, LetterTemplate, LetterTemplateList, TemplateUploadQuery } from '@vigil/shared/schemas/letter';
import { DEMANDS, LEGAL_BASES } from '../legal/bases.ts';
import { PLACEHOLDERS, TEMPLATE_MAX_BYTES } from '../legal/template-check.ts';
import { listTemplates, saveTemplate, templateBytes } from '../legal/templates.ts';
import type { AppEnv } from '../lib/context.ts';
import { ApiError, errors } from '../lib/errors.ts';
import { route } from '../lib/route.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The request body, refused with 413 past `max` bytes whether or not Content-Length says so. */
async function readCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  if (body) {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > max) throw errors.tooLarge(`模板超过 ${max / 1024 / 1024} MB / Template larger than ${max} bytes`);
      parts.push(chunk);
    }
  }
  return Buffer.concat(parts);
}

/** Legal drafts letters (issue 10 item 5); admin is always admitted. */
export const letterWriters: readonly Role[] = ['legal'];
const tags = ['legal'];

export const legalRoutes = new Hono<AppEnv>()
  .get(
    '/bases',
    route({ roles: letterWriters, summary: 'Clause library for letters: 民法典 1024/1025/1028/1000/1195, 反不正当竞争法 商业诋毁 (article by conduct date), 刑法 246/221 with thresholds', tags, responses: { 200: { description: 'the bases', schema: LegalBases } } }),
    (c) => c.json(LEGAL_BASES.map((b) => ({ ...b })), 200),
  )
  .get(
    '/demands',
    route({ roles: letterWriters, summary: 'Standard demands of a letter (删除, 同等范围道歉, 损失与维权费用, 书面承诺)', tags, responses: { 200: { description: 'the demands', schema: LetterDemands } } }),
    (c) => c.json(DEMANDS.map((d) => ({ ...d })), 200),
  );

export const templateRoutes = new Hono<AppEnv>()
  .post(
    '/',
    route({
      roles: letterWriters,
      summary: `Upload a firm letter template (.docx body, ≤ 5 MB) as the next version of ?name. Placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}; {{正文}} (required, a paragraph of its own) receives the letter body. Macros, embedded objects, external parts, unknown placeholders → 400`,
      tags,
      query: TemplateUploadQuery,
      bodyContentType: DOCX,
      responses: {
        201: { description: 'the stored version', schema: LetterTemplate },
        400: { description: 'template_malformed | template_macro | template_not_docx | template_external | template_placeholder', schema: ErrorBody },
        413: { description: 'larger than 5 MB', schema: ErrorBody },
        415: { description: 'not sent as a .docx', schema: ErrorBody },
      },
    }),
    async (c) => {
      const auth = c.get('auth');
      if (!auth) throw errors.unauthorized();
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (/macroenabled/.test(type)) throw errors.badRequest('不接受启用宏的文档（.docm） / Macro-enabled documents are not accepted', 'template_macro');
      if (type !== DOCX && type !== 'application/octet-stream') throw new ApiError(415, 'unsupported_media_type', `请以 ${DOCX} 上传 .docx / Send the .docx as ${DOCX}`);
      if (Number(c.req.header('content-length') ?? 0) > TEMPLATE_MAX_BYTES) throw errors.tooLarge(`模板超过 5 MB / Template larger than ${TEMPLATE_MAX_BYTES} bytes`);
      const bytes = await readCapped(c.req.raw.body, TEMPLATE_MAX_BYTES);
      return c.json(await saveTemplate(c.get('deps'), auth.user.id, c.req.valid('query').name, bytes), 201);
    },
  )
  .get(
    '/',
    route({ roles: letterWriters, summary: 'Firm letter templates, every version, newest version first per name', tags, responses: { 200: { description: 'templates', schema: LetterTemplateList } } }),
    async (c) => c.json({ items: await listTemplates(c.get('deps').db) }, 200),
  )
  .get(
    '/:id',
    route({ roles: letterWriters, summary: 'Download one template version (.docx)', tags, params: IdParam, responses: { 200: { description: 'the .docx', contentType: DOCX }, 400: { description: 'no such template', schema: ErrorBody } } }),
    async (c) => {
      const bytes = await templateBytes(c.get('deps').db, c.req.valid('param').id);
      c.header('Content-Type', DOCX);
      c.header('Content-Disposition', `attachment; filename="vigil-template-${c.req.valid('param').id}.docx"`);
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(new Uint8Array(bytes), 200);
    },
  );
