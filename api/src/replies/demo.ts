import { eq } from 'drizzle-orm';
import { ReplyCreate } from '@vigil/shared/schemas/reply';
import { replies } from '../db/schema/replies.ts';
import { findUserByEmail } from '../lib/accounts.ts';
import type { DemoSeeder } from '../cli/seed.ts';
import { importReplies } from './transfer.ts';

const brand = '青禾乳业';

/** Approved demo replies for the demo brand (issue 5); the e2e fixtures' complaints are written to match them. */
export const demoReplies = [
  {
    brand,
    title: '质量::异味::安抚',
    body: '@{作者} 您好，非常抱歉给您带来不好的体验！我们已在{平台}私信您，请提供产品批次号和购买凭证，质量专员会在24小时内联系您核查处理。',
    triggers: { categories: ['quality'], levels: [], keywords: ['异味', '发酸', '变质', '胀包'], platforms: [] },
  },
  {
    brand,
    title: '安全::过敏::关切',
    body: '@{作者} 您好，看到您反映的情况我们非常关心，请先及时就医。我们已私信您，请留下联系方式，专人将全程跟进，相关费用我们会依规承担。',
    triggers: { categories: ['safety'], levels: [], keywords: ['过敏', '腹泻', '呕吐', '住院'], platforms: [] },
    // 相关费用我们会依规承担 promises to pay: offered only on a safety risk and one of its keywords (issue 13).
    admitsLiability: true,
  },
  {
    brand,
    title: '服务::退款::跟进',
    body: '@{作者} 您好，抱歉让您久等了！您的退款问题已加急处理，请私信我们订单号，客服会在今天内给您答复。',
    triggers: { categories: ['service'], levels: [], keywords: ['退款', '客服', '售后'], platforms: [] },
  },
  {
    brand,
    title: '通用::感谢关注',
    body: '@{作者} 感谢您对{品牌}的关注与支持，有任何问题欢迎随时私信我们。',
    // A thank-you: offered for praise and neutral mentions, never for a complaint (issue 13).
    tone: 'thanks',
    triggers: { categories: [], levels: [], keywords: [], platforms: [] },
  },
];

/** A draft that must never reach staff: e2e tests check it is not suggested. */
export const demoDraftReply = {
  brand,
  title: '质量::异味::草稿（未审批）',
  body: '草稿：此口径尚未审批，不应出现在扩展中。',
  triggers: { categories: ['quality'], levels: [], keywords: ['异味'], platforms: [] },
};

export const seedDemoReplies: DemoSeeder = async ({ db, now, log }) => {
  if (await db.query.replies.findFirst({ where: eq(replies.brand, brand) })) return;
  const lead = await findUserByEmail(db, 'pr@demo.vigil.local');
  const rows = (list: object[]) => list.map((r, i) => ({ where: `demo ${i + 1}`, reply: ReplyCreate.parse(r) }));
  const approver = lead ? { id: lead.id, name: lead.name, email: lead.email, role: lead.role } : null;
  await importReplies(db, rows(demoReplies), approver, now);
  await importReplies(db, rows([demoDraftReply]), null, now);
  log(`demo replies: ${demoReplies.length} approved${approver ? '' : ' (as drafts: no demo PR lead)'}, 1 draft`);
};
