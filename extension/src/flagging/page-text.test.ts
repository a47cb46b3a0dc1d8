// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { buildPrefilter } from '@vigil/shared/engine/prefilter';
import { mayName, textChunks } from './page-text.ts';

// The page's text for the brand prefilter (issue 15): scripts and styles left out, and one read of the page shared by
// the checks of one task, but never past a change of the page.

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

test('the text of a page without its inline scripts and styles', () => {
  const doc = page('<p>今天天气不错</p><script>var x = "青禾乳业";</script><style>.a{}</style><p>晚饭吃了面</p>');
  expect(textChunks(doc.body)).toEqual(['今天天气不错', '晚饭吃了面']);
  expect(mayName(buildPrefilter(['青禾乳业']), doc.body)).toBe(false);
});

test('scripts and styles anywhere under the page are left out, and text around them joins as the reader sees it', () => {
  const doc = page('<div><p>喝了青<script>x("禾")</script>禾牛奶</p><p><b>好喝</b><style>.禾{}</style></p></div><noscript>青禾</noscript><p>晚饭</p>');
  expect(textChunks(doc.body).join('')).toBe('喝了青禾牛奶好喝晚饭');
  expect(textChunks(doc).join('')).toMatch(/喝了青禾牛奶好喝晚饭$/);
  expect(textChunks(doc.querySelector('script')!)).toEqual([]);
  expect(mayName(buildPrefilter(['青禾乳业']), doc.body)).toBe(true);
});

test('a second check in the same task reuses the answer, unless the page changed in between', () => {
  const prefilter = buildPrefilter(['青禾乳业']);
  const doc = page('<p>周末带孩子去博物馆</p>');
  expect(mayName(prefilter, doc.body)).toBe(false);
  expect(mayName(prefilter, doc.body)).toBe(false);
  doc.querySelector('p')!.textContent = '青禾乳业回应';
  expect(mayName(prefilter, doc.body)).toBe(true);
  doc.body.append(doc.createElement('p'));
  doc.body.lastElementChild!.append('又一条');
  doc.querySelector('p')!.firstChild!.textContent = '周末';
  expect(mayName(prefilter, doc.body)).toBe(false);
});
