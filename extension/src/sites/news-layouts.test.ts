// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, pageAt } from './fixture-doc.ts';
import { badgePages } from './news-layout-pages-badges.ts';
import { commentBoxPages } from './news-layout-pages-boxes.ts';
import { bylinePages } from './news-layout-pages-bylines.ts';
import { cmsPages } from './news-layout-pages-cms.ts';
import { datelinePages } from './news-layout-pages-datelines.ts';
import { headPages } from './news-layout-pages-heads.ts';
import { inlineChromePages } from './news-layout-pages-inline.ts';
import { loosePages } from './news-layout-pages-loose.ts';
import { morePages } from './news-layout-pages-more.ts';
import { notePages } from './news-layout-pages-notes.ts';
import { tailPages } from './news-layout-pages-tail.ts';
import { portalPages, type LayoutPage } from './news-layout-pages.ts';
import { regionPages } from './news-layout-pages-regions.ts';
import { replyPages } from './news-layout-pages-replies.ts';
import { nameRows, shortWordPages } from './news-layout-pages-short.ts';
import { news } from './news.ts';
import type { Unit } from './types.ts';
import { applyVariant } from './variants.ts';

// Article layouts no saved fixture covers (issue 4): what a reader of each page would check in the side panel.

const pages = [...portalPages, ...morePages, ...inlineChromePages, ...tailPages, ...headPages, ...bylinePages, ...loosePages, ...commentBoxPages, ...cmsPages, ...notePages, ...datelinePages, ...regionPages, ...replyPages, ...badgePages, ...shortWordPages].map((p) => [p.name, p] as const);
const unitsOf = (p: LayoutPage) => news.findUnits(pageAt(p.url, p.html), fixtureNow);

describe('news adapter on unsaved layouts', () => {
  test.each(pages)('%s: the article text is the headline, then the body, without page chrome', (_, p) => {
    const [article] = unitsOf(p);
    expect(article?.kind).toBe('article');
    expect(article?.text.split('\n')[0]).toBe(p.headline);
    for (const para of p.body) expect(article?.text).toContain(para);
    // The end shown on failure: what follows the last sentence, or where the text stops short of it.
    if (p.end) expect(article?.text.endsWith(p.end) ? p.end : article?.text.slice(-40)).toBe(p.end);
    expect(p.absent.filter((chrome) => article?.text.includes(chrome))).toEqual([]);
  });

  test.each(pages)('%s: source or author and the published time as the page states them', (_, p) => {
    const [article] = unitsOf(p);
    expect({ author: article?.author?.name, publishedAt: article?.publishedAt }).toEqual({ author: p.author, publishedAt: p.publishedAt });
  });

  test.each(pages)('%s: each reader comment (and reply) is a unit of its own, with its author, time and likes', (_, p) => {
    const [article, ...comments] = unitsOf(p);
    const read = comments.map((c) => ({ author: c.author?.name, at: c.publishedAt, text: c.text, likes: c.counts?.likes, reply: c.kind === 'reply' || undefined }));
    expect(read).toEqual(p.comments ?? []);
    // A comment points at the article, a reply at the comment before it.
    const parentOf = (i: number) => (comments[i]?.kind === 'reply' ? comments.slice(0, i).findLast((c) => c.kind === 'comment')?.key : article?.key);
    expect(comments.every((c, i) => ['comment', 'reply'].includes(c.kind) && c.parentKey === parentOf(i))).toBe(true);
  });
});

// A release reverses a comment's blocks (variants.ts): the author's reply printed above its comment, the comment's
// head row or name row last. Each reply still belongs to its comment, and the comment keeps its own name, words
// (badges left out, one character kept), time and likes. The release of nameRows wraps all comments but one,
// which then repeats no sibling's template: no repeated block to find, with or without its one character.
describe('news comments holding replies, badges or one character, after a release reorders them', () => {
  const released = [...replyPages, ...badgePages, ...shortWordPages].flatMap((p) => (['reorder', 'release'] as const).map((v) => [p.name, v, p] as const))
    .filter(([, v, p]) => v !== 'release' || p !== nameRows);
  test.each(released)('%s — %s: the same units', (_, variant, p) => {
    const doc = pageAt(p.url, p.html);
    applyVariant(doc, variant, news.unitContainers);
    const seen = (units: Unit[]) => units.map((u) => JSON.stringify({ key: u.key, kind: u.kind, author: u.author?.name, at: u.publishedAt, likes: u.counts?.likes, parent: u.parentKey })).sort();
    expect(seen(news.findUnits(doc, fixtureNow))).toEqual(seen(unitsOf(p)));
  });
});
