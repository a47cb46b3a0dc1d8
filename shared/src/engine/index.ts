// The analysis engine's public surface (issue 3): `compilePack(pack)` (cached by version) and
// `analyze(compiled | null, input)`. This entry includes the shipped sentiment model (~760 KB gzip, decoded on first
// use); a bundle that cannot afford it imports ./core.ts instead.
import { analyzeWith } from './analyze.ts';
import { defaultSentimentModel } from './default-model.ts';
import type { CompiledPack } from './rules.ts';
import type { AnalyzeInput, Analysis } from './types.ts';

export * from './core.ts';
export { defaultSentimentModel } from './default-model.ts';
export { loadEnglish } from './english-nlp.ts';

export function analyze(compiled: CompiledPack | null, input: AnalyzeInput): Analysis {
  return analyzeWith(defaultSentimentModel(), compiled, input);
}
