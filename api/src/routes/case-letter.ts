import { Hono } from 'hono';
import { ErrorBody, IdParam } from '@vigil/shared/schemas/common';
import { LetterRequest } from '@vigil/shared/schemas/letter';
import { caseRow } from '../cases/queries.ts';
import { letterDocx } from '../legal/letter.ts';
import { letterData } from '../legal/letter-data.ts';
import { fillTemplate } from '../legal/template-fill.ts';
import { templateBytes } from '../legal/templates.ts';
import type { AppEnv } from '../lib/context.ts';
import { requireAuth, route } from '../lib/route.ts';
import { addEvent, caseEntry, caseWrite } from '../cases/timeline.ts';
import { createHash } from 'node:crypto';
import { letterWriters } from './legal.ts';
import { attachment } from '../lib/attachment.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * 律师函 / 律师声明 of a case as DOCX (issue 10 item 5), optionally inside a firm's uploaded template. Each draft is a
 * timeline event with the file's SHA-256 in the evidence log (which letter, citing which captures, with how many
 * days), so the case's reply deadline runs from its move to 已发函 and a lawyer can show which draft went out.
 */
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
    const actor = requireAuth(c).user.id;
    const detail = {
      number: data.number, kind: req.kind, recipient: req.recipient, deadlineDays: req.deadlineDays, captures: data.facts.length,
      bases: req.bases, sha256: createHash('sha256').update(docx).digest('hex'), ...(req.templateId ? { templateId: req.templateId } : {}),
    };
    await caseWrite(deps, (tx) => addEvent(tx, deps, row.id, actor, { kind: 'letter', detail, log: caseEntry(deps, row.id, actor, 'letter_drafted', { sha256: detail.sha256, detail: JSON.stringify(detail) }) }));
    c.header('Content-Type', DOCX_TYPE);
    c.header('Content-Disposition', attachment(`vigil-letter-${row.number}.docx`, `${data.number}.docx`));
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'private, no-store');
    return c.body(new Uint8Array(docx), 200);
  },
);
