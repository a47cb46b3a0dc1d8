import { normalizeText } from './normalize-text.ts';
import { ownAccountOf, ownReason } from './own-accounts.ts';
import { assessRisk } from './risk.ts';
import { matchPack, type CompiledPack } from './rules.ts';
import type { SentimentModel } from './sentiment-model.ts';
import { sentimentOf } from './sentiment.ts';
import type { AnalyzeInput, Analysis } from './types.ts';

/**
 * The engine's work on one unit (issue 3): mentions and risk terms in one pass over normalised text, sentiment,
 * level and reasons. Offsets are in the input's UTF-16 units. With no pack, only sentiment is computed.
 * `analyze()` in index.ts is this with the shipped model; a content script that must stay small passes its own.
 */
export function analyzeWith(model: SentimentModel, compiled: CompiledPack | null, input: AnalyzeInput): Analysis {
  const norm = normalizeText(input.text);
  const { mentions, risks } = compiled ? matchPack(compiled, norm) : { mentions: [], risks: [] };
  const sentiment = sentimentOf(model, norm.text, input.text);
  if (!compiled) return { mentions, risks, sentiment, level: 'none', reasons: [] };
  // The brand speaking is no risk to it: its own accounts' posts are kept apart, not scored (issue 13 item 2).
  const own = ownAccountOf(compiled.pack, input.platform, input.author);
  if (own) return { mentions, risks, sentiment, level: 'none', reasons: [ownReason(own)], own };
  const { level, reasons } = assessRisk(compiled, input, mentions, risks, sentiment);
  return { mentions, risks, sentiment, level, reasons };
}
