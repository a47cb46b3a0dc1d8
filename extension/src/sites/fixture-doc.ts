import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { fixturePathFor } from './index.ts';

// Test helper (issue 4): a saved fixture page as happy-dom sees it, at its real URL, with the page's scripts off.
// happy-dom has no layout, which is why visibility.ts also honours inline hidden/0×0 signals.

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/sites/');

/** The instant the fixtures' relative times (5分钟前, 昨天 12:00) were written against: 2026-11-22 17:40 in Beijing. */
export const fixtureNow = new Date('2026-11-22T09:40:00Z');

export function loadFixture(testUrl: string): Document {
  return pageAt(testUrl, readFileSync(fixturesDir + fixturePathFor(testUrl), 'utf8'));
}

/** A page written in a test (layouts no fixture covers) as happy-dom sees it at `url`. */
export function pageAt(url: string, html: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  attachDeclarativeShadowRoots(doc);
  return doc;
}

/**
 * What Chromium's parser does with `<template shadowrootmode="open">` (B站 fixtures, issue 14) and happy-dom does
 * not: each such template becomes its parent's open shadow root, nested ones included.
 */
function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const t of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = t.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: t.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append((t as HTMLTemplateElement).content.cloneNode(true));
    t.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}
