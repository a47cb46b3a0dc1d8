import type { Page } from '@playwright/test';
import { expect, type Extension } from './fixtures.ts';

// What the flagging specs read back: the tab's stored units (the side panel's list) and the page's painted ranges.

export interface StoredUnit {
  key: string;
  level: string;
  text: string;
  author?: string;
  permalink?: string;
  mentions: { brand: string }[];
}

export async function tabUnits(extension: Extension, page: Page): Promise<StoredUnit[]> {
  const tabId = await extension.tabIdOf(page);
  return extension.evaluate(async (id) => {
    const key = `tab:${id}`;
    const state = (await chrome.storage.session.get(key))[key] as { units: StoredUnit[] } | undefined;
    return state?.units ?? [];
  }, tabId);
}

/** The feed's first screen of brand mentions; the brand's own promoted post is listed apart (issue 13 item 2). */
export const FEED_UNITS = 5;

export async function waitForUnits(extension: Extension, page: Page, atLeast: number): Promise<StoredUnit[]> {
  await expect.poll(async () => (await tabUnits(extension, page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(atLeast);
  return tabUnits(extension, page);
}

/** Ranges painted per highlight, as the page itself can see them through CSS.highlights. */
export const paintedRanges = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

/** Ranges painted inside the card whose post link ends with `href` (-1: no such card on the page). */
export const rangesIn = (page: Page, href: string) =>
  page.evaluate((h) => {
    const card = document.querySelector(`a[href$="${h}"]`)?.closest('article');
    if (!card) return -1;
    let n = 0;
    for (const hl of CSS.highlights.values()) for (const r of hl) if (card.contains((r as Range).startContainer)) n++;
    return n;
  }, href);
