import { matchPack, type CompiledPack } from '@vigil/shared/engine/rules';
import { normalizeText } from '@vigil/shared/engine/normalize-text';
import type { RiskHit } from '@vigil/shared/engine/types';
import { fillReply } from '@vigil/shared/replies/fill';
import { checkLength, type LengthCheck } from '@vigil/shared/replies/length';
import { platformOf } from '@vigil/shared/replies/platform';
import { rankReplies } from '@vigil/shared/replies/rank';
import type { ApprovedReply, ReplyTone } from '@vigil/shared/schemas/reply';
import type { TabUnit } from '../storage.ts';

/** One suggestion as the side panel shows it: the reply, why, and its text filled from the unit. */
export interface SuggestionView {
  replyId: string;
  versionId: string;
  version: number;
  title: string;
  tone: ReplyTone;
  why: string[];
  text: string;
  /** Variables the unit could not fill (e.g. {工单号}); the user fills them in before use. */
  unfilled: string[];
  length: LengthCheck | null;
  expiresAt: string | null;
}

/** The unit's risk hits: the tab state keeps mentions and level only, so the text is matched again (µs). */
export function risksOf(pack: CompiledPack | null, text: string): RiskHit[] {
  return pack ? matchPack(pack, normalizeText(text)).risks : [];
}

/** The top approved replies for one flagged unit, filled and measured for its platform (issue 5). */
export function suggestionsFor(unit: TabUnit, risks: RiskHit[], replies: readonly ApprovedReply[], now: Date, limit = 3): SuggestionView[] {
  const platform = platformOf(unit.platform);
  const ranked = rankReplies({ platform: unit.platform, text: unit.text, analysis: { mentions: unit.mentions, risks, level: unit.correction?.level ?? unit.level, sentiment: unit.sentiment } }, replies, { now, limit });
  return ranked.map(({ reply, why }) => {
    const filled = fillReply(reply.body, { author: unit.author, platform, brand: reply.brand, now });
    return {
      replyId: reply.id,
      versionId: reply.versionId,
      version: reply.version,
      title: reply.title,
      tone: reply.tone,
      why,
      text: filled.text,
      unfilled: filled.unfilled,
      length: platform ? checkLength(filled.text, platform, reply.limits) : null,
      expiresAt: reply.expiresAt,
    };
  });
}
