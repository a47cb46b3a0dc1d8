import { and, eq } from 'drizzle-orm';
import { reachOf } from '@vigil/shared/evidence/reach';
import type { Manifest } from '@vigil/shared/schemas/capture';
import type { LetterRequest } from '@vigil/shared/schemas/letter';
import type { CaseRow } from '../cases/queries.ts';
import { captures } from '../db/schema/captures.ts';
import { caseCaptures } from '../db/schema/case-captures.ts';
import { tsaTokens } from '../db/schema/tsa-tokens.ts';
import { storedUnitJson } from '../evidence/unit-json.ts';
import type { AppDeps } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { basisById, DEMANDS, disparagementArticle } from './bases.ts';
import { beijingTime, platformLabel } from './format.ts';
import { contentNote } from '../cases/evidence-list.ts';
import { normalizeLink, trackedLinks } from '../cases/links.ts';
import { sm3Hex } from './sm3.ts';
import type { LetterData, LetterFact } from './letter.ts';

/** Operators as the platforms' user agreements name them; the letter says to check the platform's own notice. */
const TENCENT = '深圳市腾讯计算机系统有限公司（微信公众平台）';
// 公众号 is weixin to the extension and the workspace; cases made before the workspace offered every platform say wechat.
const OPERATOR: Record<string, string> = { weibo: '北京微梦创科网络技术有限公司（新浪微博）', douyin: '北京抖音信息服务有限公司（抖音）', weixin: TENCENT, wechat: TENCENT };
/** The operator to address a takedown letter to; a platform without a known one is named, with the hedge below. */
const operatorOf = (platform: string) => (Object.hasOwn(OPERATOR, platform) ? OPERATOR[platform] : undefined);
const PLATFORM_DEMANDS: Record<string, string> = {
  delete: '依据《中华人民共和国民法典》第一千一百九十五条，对上述内容及时采取删除、屏蔽、断开链接等必要措施，并将本函转送该用户',
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** The letter's data from a case and a request; 400 for evidence that is not adopted in this case or unknown bases. */
export async function letterData(deps: AppDeps, row: CaseRow, req: LetterRequest): Promise<LetterData> {
  const members = await deps.db.select({ c: captures }).from(caseCaptures).innerJoin(captures, eq(captures.id, caseCaptures.captureId)).where(and(eq(caseCaptures.caseId, row.id), eq(caseCaptures.decision, 'adopted')));
  const adopted = new Map(members.map((m) => [m.c.id, m.c]));
  const ids = req.captureIds ?? [...adopted.keys()];
  if (!ids.length) throw errors.badRequest('本案没有已采用的证据，请先审查并采用 / Adopt at least one capture first', 'no_adopted_evidence');
  const facts: LetterFact[] = [];
  for (const id of new Set(ids)) {
    const c = adopted.get(id);
    if (!c) throw errors.badRequest(`证据 ${id} 不在本案已采用的证据中 / Capture ${id} is not adopted in this case`, 'capture_not_adopted');
    const m = JSON.parse(c.manifest.toString('utf8')) as Manifest;
    const unit = await storedUnitJson(deps.db, c.id);
    const author = (unit?.author ?? {}) as Record<string, unknown>;
    const [token] = await deps.db.select().from(tsaTokens).where(and(eq(tsaTokens.captureId, c.id), eq(tsaTokens.status, 'granted'))).limit(1);
    facts.push({
      captureId: c.id,
      manifestSha256: c.manifestSha256,
      manifestSm3: sm3Hex(c.manifest),
      content: contentNote(unit),
      platform: m.unit?.platform ?? c.platform,
      account: str(author.name),
      uid: str(author.id),
      url: m.unit?.permalink ?? m.page.url,
      publishedAt: str(unit?.publishedAt),
      capturedAt: m.times.startedAt,
      receivedAt: c.receivedAt.toISOString(),
      text: str(unit?.text),
      reach: reachOf(unit),
      timestampAt: token?.genTime ?? null,
      demo: m.notes.demo === true,
    });
  }
  // Whether each post was still online at its latest 复查 in this case (legal.md A.2): a letter demanding deletion
  // of a post already gone should say so.
  const links = new Map((await trackedLinks(deps.db, row.id, facts.map((f) => ({ captureId: f.captureId, url: normalizeLink(f.url) })))).map((l) => [l.url, l]));
  for (const f of facts) {
    const l = links.get(normalizeLink(f.url));
    f.recheck = l && l.status !== 'unchecked' && l.checkedAt ? { status: l.status, checkedAt: l.checkedAt, captureId: l.recheckCaptureId, message: l.message } : null;
  }
  const at = (f: LetterFact) => f.publishedAt ?? f.capturedAt;
  facts.sort((a, b) => at(a).localeCompare(at(b)));
  const latestConduct = beijingTime(at(facts[facts.length - 1]!)).slice(0, 10);

  const bases = req.bases.map((id) => {
    const b = basisById(id);
    if (!b) throw errors.badRequest(`未知的法律依据 ${id} / Unknown legal basis`, 'unknown_basis');
    if (b.id !== 'aucl-disparagement') return { id: b.id, title: b.title, text: b.text, thresholds: b.thresholds };
    const v = disparagementArticle(latestConduct);
    return { id: b.id, title: v.title, text: v.text };
  });
  const toPlatform = req.recipient === 'platform';
  const demands = req.demands.map((d) => (toPlatform ? PLATFORM_DEMANDS[d] : undefined) ?? DEMANDS.find((x) => x.id === d)?.text ?? d);
  const cp = row.counterparty;
  const account = `${platformLabel(cp.platform)}账号“${cp.name}”${cp.uid ? `，UID：${cp.uid}` : ''}${cp.url ? `，主页：${cp.url}` : ''}`;
  return {
    kind: req.kind,
    number: `${row.number}-${req.kind === 'letter' ? '律函' : '声明'}`,
    date: deps.clock.now(),
    client: req.client ?? row.brand ?? '委托人',
    recipient: toPlatform
      ? { to: 'platform', name: operatorOf(cp.platform) ?? `${platformLabel(cp.platform)}平台运营者`, detail: `（以平台公示的运营主体为准）涉及用户：${account}` }
      : { to: 'poster', name: cp.entity ?? `${platformLabel(cp.platform)}用户“${cp.name}”`, detail: cp.entity ? account : `（${account.replace(/^[^，]*，?/, '') || '账号信息见下'}）` },
    poster: { platform: cp.platform, name: cp.name, uid: cp.uid ?? null },
    firm: req.firm,
    facts,
    bases,
    demands,
    deadlineDays: req.deadlineDays,
  };
}
