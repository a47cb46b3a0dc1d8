import { z } from 'zod';

// The brand rule pack (issue 3): what the engine matches and how it weighs what it finds. JSON, versioned; the
// extension syncs it from GET /api/rules/pack and caches the compiled matcher per `version`.

export const riskCategories = ['safety', 'legal', 'fraud', 'quality', 'service', 'executive', 'regulator'] as const;
export const RiskCategory = z.enum(riskCategories);

const Term = z.string().trim().min(1, '词条不能为空 / term must not be empty').max(64, '词条过长 / term too long');

export const RiskTerm = z
  .object({
    term: Term,
    category: RiskCategory,
    /** 1 (a hint) .. 10 (on its own enough for 重度). */
    weight: z.number().min(0).max(10),
  })
  .meta({ id: 'RiskTerm' });
export type RiskTerm = z.infer<typeof RiskTerm>;

/**
 * One of the brand's own accounts (issue 13 item 2): an official account or an executive's. Its posts are the brand
 * speaking, not a mention of it: the extension lists them apart and neither scores nor uploads them. Matched on the
 * platform and the uid where the page shows one, else on the account name (leading @ and width ignored).
 */
export const OwnAccount = z
  .object({
    /** The extension's platform key: weibo, douyin, xiaohongshu, kuaishou, bilibili, zhihu, weixin. */
    platform: z.string().trim().min(1).max(32),
    name: z.string().trim().min(1, '账号名称不能为空 / account name must not be empty').max(64).transform((n) => n.replace(/^[@＠]+/, '')),
    /** Platform user id (Weibo uid, Douyin sec_uid): when both sides have one, it decides. */
    uid: z.string().trim().min(1).max(128).optional(),
    role: z.enum(['official', 'executive']).default('official'),
  })
  .meta({ id: 'OwnAccount' });
export type OwnAccount = z.infer<typeof OwnAccount>;

export const BrandRule = z
  .object({
    name: Term,
    /** Every written form that means the brand: Latin, 谐音 and 某X forms included. */
    aliases: z.array(Term).max(5000).default([]),
    /** Contexts that veto an overlapping alias hit (青禾苗 vetoes 青禾). */
    excludes: z.array(Term).max(5000).default([]),
    /** Executives and spokespeople: a mention of them is a mention of the brand. */
    people: z.array(Term).max(1000).default([]),
    /** Risk terms that only count for this brand (e.g. a product line's known defect). */
    terms: z.array(RiskTerm).max(1000).optional(),
    /** The brand's official and executive accounts (issue 13 item 2). */
    ownAccounts: z.array(OwnAccount).max(200).optional(),
  })
  .meta({ id: 'BrandRule' });
export type BrandRule = z.infer<typeof BrandRule>;

/** Risk-score thresholds for each level; a unit scoring at or above a threshold gets that level. */
export const LevelThresholds = z
  .object({ mild: z.number().min(0), moderate: z.number().min(0), severe: z.number().min(0) })
  .refine((t) => t.mild <= t.moderate && t.moderate <= t.severe, '阈值须递增 / thresholds must increase')
  .meta({ id: 'LevelThresholds' });
export type LevelThresholds = z.infer<typeof LevelThresholds>;

export const RulePack = z
  .object({
    /** Changes whenever any brand or term changes; the API's ETag. */
    version: z.string().min(1).max(128),
    brands: z.array(BrandRule).max(500),
    riskTerms: z.array(RiskTerm).max(5000).default([]),
    /** Hosts whose articles count as media reach (news.sina.com.cn …). */
    newsHosts: z.array(z.string().trim().min(1).max(253)).max(1000).default([]),
    levels: LevelThresholds.optional(),
    /** A risk term counts at full weight within `chars` of a mention; further away it counts for `farFactor`. */
    near: z.object({ chars: z.number().int().min(1).max(10_000), farFactor: z.number().min(0).max(1) }).optional(),
  })
  .meta({ id: 'RulePack' });
export type RulePack = z.infer<typeof RulePack>;
/** What a caller may hand in (defaults not yet applied). */
export type RulePackInput = z.input<typeof RulePack>;

// API resources (issue 3): brands and pack-wide risk terms are managed one by one by pr_lead/admin; the pack is
// assembled from them and versioned by its content.

export const BrandInput = BrandRule.meta({ id: 'BrandInput' });
export const Brand = BrandRule.extend({
  id: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Brand' });
export type Brand = z.infer<typeof Brand>;

export const RiskTermRow = RiskTerm.extend({ id: z.string(), updatedAt: z.string() }).meta({ id: 'RiskTermRow' });
export type RiskTermRow = z.infer<typeof RiskTermRow>;

export const RulesSettings = z
  .object({
    newsHosts: z.array(z.string().trim().min(1).max(253)).max(1000).default([]),
    levels: LevelThresholds.optional(),
    near: z.object({ chars: z.number().int().min(1).max(10_000), farFactor: z.number().min(0).max(1) }).optional(),
  })
  .meta({ id: 'RulesSettings' });
export type RulesSettings = z.infer<typeof RulesSettings>;

/** What `PUT /api/rules/pack` and `vigil rules import` accept: a pack whose version is recomputed on save. */
export const RulePackImport = RulePack.extend({ version: z.string().max(128).optional() }).meta({ id: 'RulePackImport' });
export type RulePackImport = z.infer<typeof RulePackImport>;
