// The engine without the shipped model or compromise (issue 3): what a content script can import within its
// 100 KB gzip budget (matching, normalisation, risk). Sentiment then needs a model passed to `analyzeWith`, e.g.
// loaded by the background and used there, or fetched as JSON and given to `loadSentimentModel`.
export type * from './types.ts';
export { levelLabel, levelOrder } from './types.ts';
export { analyzeWith } from './analyze.ts';
export { compilePack, matchPack, type CompiledPack, type PackHits } from './rules.ts';
export { normalizeText, normalizeTerm, type Normalized } from './normalize-text.ts';
export { buildMatcher, type Matcher, type Hit } from './matcher.ts';
export { demoPack } from './demo-pack.ts';
export { loadSentimentModel, type SentimentModel, type SentimentModelJson } from './sentiment-model.ts';
export { categoryLabel, formatCount } from './risk.ts';
export { ownAccountOf, hasOwnAccounts, ownReason, accountKey, type OwnAccountHit, type AuthorRef } from './own-accounts.ts';
