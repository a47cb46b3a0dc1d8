import { signal } from '@preact/signals';
import type { ApprovedReply, ApprovedReplySet, BrandReplySetting, ReplyContentInput, ReplyDetail, ReplySummary } from '@vigil/shared/schemas/reply';
import type { ReplyStats } from '@vigil/shared/schemas/reply-use';
import { ApiError, ok, type Api } from '../../api.ts';
import { errorText } from '../../errors.ts';

export interface LibraryFilters {
  q: string;
  brand: string;
  status: string;
  category: string;
  platform: string;
  tone: string;
}
export const noFilters: LibraryFilters = { q: '', brand: '', status: '', category: '', platform: '', tone: '' };

export type VersionAction = 'submit' | 'legal-signoff' | 'approve' | 'reject' | 'retire';

/** The 统一口径 pages (issue 5): the library, one reply with its versions and uses, the review queue. */
export function createRepliesModel(api: Api, onUnauthorized: () => void) {
  const list = signal<ReplySummary[]>([]);
  const filters = signal<LibraryFilters>(noFilters);
  const queue = signal<ReplySummary[]>([]);
  const detail = signal<ReplyDetail | null>(null);
  const stats = signal<ReplyStats | null>(null);
  const settings = signal<BrandReplySetting[]>([]);
  const approved = signal<ApprovedReply[]>([]);
  /** Brand names of the rule pack: a reply must name one of them to be suggested. */
  const brands = signal<string[]>([]);
  let listSeq = 0;
  const error = signal<string | null>(null);
  const busy = signal(false);
  const r = api.api.replies;

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = null;
    try {
      return await action();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onUnauthorized();
      else error.value = errorText(err);
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  const query = (f: LibraryFilters) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== '')) as Record<string, string>;

  const loadList = (next: LibraryFilters = filters.value) =>
    run(async () => {
      filters.value = next;
      // Typing in the search box sends a request per key: only the newest answer may land.
      const seq = ++listSeq;
      const rows = await ok(r.$get({ query: query(next) }));
      if (seq === listSeq) list.value = rows;
    });

  /** Staff see only what they may use: the approved, unexpired set. */
  const loadApproved = () =>
    run(async () => {
      // The 304 branch of this route has no body, so the client types the answer loosely.
      approved.value = ((await ok(r.approved.$get())) as ApprovedReplySet).replies;
    });

  const loadQueue = () =>
    run(async () => {
      queue.value = await ok(r.$get({ query: { status: 'in_review' } }));
    });

  const loadDetail = (id: string) =>
    run(async () => {
      if (detail.value?.id !== id) {
        detail.value = null;
        stats.value = null;
      }
      const [d, s] = await Promise.all([ok(r[':id'].$get({ param: { id } })), ok(r[':id'].stats.$get({ param: { id } }))]);
      detail.value = d;
      stats.value = s;
    });

  const loadBrands = () =>
    run(async () => {
      brands.value = (await ok(api.api.brands.$get())).map((b) => b.name);
    });

  const loadSettings = () =>
    run(async () => {
      settings.value = await ok(r.settings.$get());
    });

  /** A new reply, or a new version of `replyId`; resolves to the reply's id. */
  const save = (content: ReplyContentInput & { brand: string }, replyId?: string) =>
    run(async () => {
      const d = replyId
        ? await ok(r[':id'].versions.$post({ param: { id: replyId }, json: content }))
        : await ok(r.$post({ json: content }));
      detail.value = d;
      return d.id;
    });

  const act = (id: string, version: number, action: VersionAction, note?: string) =>
    run(async () => {
      const v = r[':id'].versions[':version'];
      const args = { param: { id, version: String(version) }, json: note ? { note } : {} };
      const call =
        action === 'submit' ? v.submit.$post(args)
        : action === 'legal-signoff' ? v['legal-signoff'].$post(args)
        : action === 'approve' ? v.approve.$post(args)
        : action === 'reject' ? v.reject.$post(args)
        : v.retire.$post(args);
      detail.value = await ok(call);
      return true;
    });

  /**
   * One brand setting (legal sign-off, four eyes). Shown at once (the checkbox must not jump back while the request
   * runs), undone if the API refuses.
   */
  async function setBrandSetting(brand: string, key: 'requireLegalSignoff' | 'requireFourEyes', value: boolean) {
    const mark = (on: boolean) => {
      if (detail.value?.brand === brand) detail.value = { ...detail.value, [key]: on };
    };
    mark(value);
    const done = await run(async () => {
      await ok(r.settings[':brand'].$put({ param: { brand }, json: { [key]: value } }));
      settings.value = await ok(r.settings.$get());
      return true;
    });
    if (!done) mark(!value);
  }

  return { list, filters, queue, approved, loadApproved, brands, loadBrands, detail, stats, settings, error, busy, loadList, loadQueue, loadDetail, loadSettings, save, act, setBrandSetting };
}
export type RepliesModel = ReturnType<typeof createRepliesModel>;
