import type { RulePack } from '../schemas/rules.ts';
import { normalizeTerm } from './normalize-text.ts';

// The brand's own accounts (issue 13 item 2): a post by the brand's official account or an executive is the brand
// speaking, not a mention of it. It is listed apart in the side panel (an official statement is context for the
// team), never scored as a risk, offered a reply or uploaded. Recognised by the author, not the text: an official
// statement often does not name the brand at all.

export interface OwnAccountHit {
  brand: string;
  platform: string;
  /** The account name as written in the rule pack. */
  name: string;
  role: 'official' | 'executive';
  /** How it was recognised: the platform uid (survives a rename) or the account name. */
  by: 'uid' | 'name';
}

export interface AuthorRef {
  name?: string;
  /** Platform user id where the page shows one (Weibo uid, Douyin sec_uid). */
  id?: string;
}

interface Entry {
  hit: Omit<OwnAccountHit, 'by'>;
  uid?: string;
}

interface Index {
  byUid: Map<string, Entry>;
  byName: Map<string, Entry>;
}

/** Account names compare without a leading @, spaces, width, letter case or traditional forms. */
export const accountKey = (name: string): string => normalizeTerm(name.replace(/\s+/g, '').replace(/^[@＠]+/, ''));

const indexes = new WeakMap<object, Index>();

function indexOf(pack: Pick<RulePack, 'brands'>): Index {
  let index = indexes.get(pack);
  if (index) return index;
  index = { byUid: new Map(), byName: new Map() };
  for (const b of pack.brands) {
    for (const a of b.ownAccounts ?? []) {
      const entry: Entry = { hit: { brand: b.name, platform: a.platform, name: a.name, role: a.role ?? 'official' }, ...(a.uid ? { uid: a.uid } : {}) };
      if (a.uid) index.byUid.set(`${a.platform}\n${a.uid}`, entry);
      index.byName.set(`${a.platform}\n${accountKey(a.name)}`, entry);
    }
  }
  indexes.set(pack, index);
  return index;
}

/** Whether the pack lists any own account (a content script skips the author check otherwise). */
export const hasOwnAccounts = (pack: Pick<RulePack, 'brands'>): boolean => indexOf(pack).byName.size > 0;

/**
 * The own account that wrote a unit, or null. The uid decides when the page shows one and the pack lists one: a
 * renamed official account is still recognised, and a stranger who takes the official name (Douyin names are not
 * unique) is not. Without a uid on either side, the account name on the same platform decides.
 */
export function ownAccountOf(pack: Pick<RulePack, 'brands'>, platform: string | undefined, author: AuthorRef | undefined): OwnAccountHit | null {
  if (!platform || !author) return null;
  const index = indexOf(pack);
  if (index.byName.size === 0) return null;
  const byUid = author.id ? index.byUid.get(`${platform}\n${author.id}`) : undefined;
  if (byUid) return { ...byUid.hit, by: 'uid' };
  const byName = author.name ? index.byName.get(`${platform}\n${accountKey(author.name)}`) : undefined;
  if (!byName || (byName.uid && author.id && byName.uid !== author.id)) return null;
  return { ...byName.hit, by: 'name' };
}

/** The reason the panel shows (Chinese; the extension translates it like every engine reason). */
export const ownReason = (hit: OwnAccountHit): string => `${hit.role === 'executive' ? '高管账号' : '官方账号'}「${hit.name}」`;
