import { Hono } from 'hono';
import { ErrorBody, IdParam } from '@vigil/shared/schemas/common';
import { LetterRequest } from '@vigil/shared/schemas/letter';
import { caseRow } from '../cases/queries.ts';
import { letterDocx } from '../legal/letter.ts';
import { letterData } from '../legal/letter-data.ts';
import { fillTemplate } from '../legal/template-fill.ts';
import { templateBytes } from '../legal/templates.ts';
import type { AppEnv } from '../lib/context.ts';
import { route } from '../lib/route.ts';
import { letterWriters } from './legal.ts';
import { attachment } from '../lib/attachment.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 律师函 / 律师声明 of a case as DOCX (issue 10 item 5), optionally inside a firm's uploaded template. */
export const caseLetterRoutes = new Hono<AppEnv>().post(
  '/:id/letter',
  route({
    roles: letterWriters,
    summary: 'Draft the 律师函 (or the public 律师声明) of a case from its adopted captures, chosen legal bases and demands (DOCX)',
    tags: ['cases', 'legal'],
    params: IdParam,
    body: LetterRequest,
    responses: {
      200: { description: 'the DOCX', contentType: DOCX_TYPE },
      400: { description: 'no adopted evidence, a capture not adopted in this case, an unknown basis or template', schema: ErrorBody },
      404: { description: 'no such case', schema: ErrorBody },
    },
  }),
  async (c) => {
    const deps = c.get('deps');
    const row = await caseRow(deps.db, c.req.valid('param').id);
    const req = c.req.valid('json');
    const data = await letterData(deps, row, req);
    const template = req.templateId ? await templateBytes(deps.db, req.templateId) : null;
    const docx = template ? await fillTemplate(template, data) : await letterDocx(data);
    c.header('Content-Type', DOCX_TYPE);
    c.header('Content-Disposition', attachment(`vigil-letter-${row.number}.docx`, `${data.number}.docx`));
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'private, no-store');
    return c.body(new Uint8Array(docx), 200);
  },
);
