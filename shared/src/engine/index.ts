// The analysis engine's public surface (issue 3). The extension and the API import from here.
export type * from './types.ts';
export { levelLabel, levelOrder } from './types.ts';
export { analyze } from './analyze.ts';
export { compilePack, matchPack, type CompiledPack } from './rules.ts';
export { normalizeText, normalizeTerm, type Normalized } from './normalize-text.ts';
export { buildMatcher, type Matcher, type Hit } from './matcher.ts';
export { demoPack } from './demo-pack.ts';
export { loadEnglish } from './english.ts';
export { loadSentimentModel, type SentimentModel, type SentimentModelJson } from './sentiment-model.ts';
export { defaultSentimentModel } from './default-model.ts';
export { categoryLabel, formatCount } from './risk.ts';
