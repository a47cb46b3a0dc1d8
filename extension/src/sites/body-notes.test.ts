// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { closingNotes, inlineNotesLength, isNoteLine } from './body-notes.ts';
import { extractText } from './text-map.ts';

// The lines a news body closes with (issue 4): which are notes, and which are article text that starts alike.

describe('isNoteLine', () => {
  test.each([
    ['(责编：王震、高雷)'],
    ['【责任编辑:王萌】'],
    ['责任编辑：'],
    ['编辑：刘洋'],
    ['（责任编辑：赵敏 校对：孙丽 审核：周强）'],
    ['来源：齐鲁晚报'],
    ['声明：本文转载自其他媒体，仅代表作者观点，不代表本网立场。如有侵权，请联系删除。'],
    ['免责声明：本文仅代表作者个人观点，与光明网无关。'],
    ['编辑 / 李四'],
    ['责任编辑｜王小明'],
    ['《 人民日报 》（ 2026年11月22日 10 版）'],
    ['文字丨陈晨'],
    ['编辑丨李四　排版丨赵六'],
    ['图片来源：青禾乳业'],
    ['文字：陈晨 排版：李四 审核：王五'],
  ])('%s is a note', (line) => {
    expect(isNoteLine(line)).toBe(true);
  });

  test.each([
    ['原标题：青禾乳业济南工厂复检合格 恢复生产'],
    ['声明称，青禾乳业将对济南工厂的冷库进行全面改造。'],
    ['编辑部收到的读者来信中，不少人关心复检的具体项目。'],
    ['来源方面，青禾乳业称原奶全部来自自有牧场。'],
    ['青禾乳业表示，将在三个月内完成华北冷链自建。'],
    ['《人民日报》11月22日刊文指出，冷链是乳业的生命线。'],
    ['文字记录显示，青禾乳业曾在2019年整改过一次。'],
    ['图片中的冷柜温度显示为8摄氏度，高于标准。'],
  ])('%s is article text', (line) => {
    expect(isNoteLine(line)).toBe(false);
  });
});

describe('inlineNotesLength', () => {
  // The last line of an article's text: what is left of it once the notes after its last sentence are cut.
  test.each([
    ['公司表示，新品将于下月上线。（责任编辑：张三）', '公司表示，新品将于下月上线。'],
    ['公司表示，新品将于下月上线。【编辑：李四】', '公司表示，新品将于下月上线。'],
    ['公司表示，新品将于下月上线。(来源：新京报) 编辑 王五', '公司表示，新品将于下月上线。'],
    ['公司表示，新品将于下月上线。 责编：赵六 审核：钱七', '公司表示，新品将于下月上线。'],
    ['他说：“新品将于下月上线。”（责任编辑：王晓_NBJ11279）', '他说：“新品将于下月上线。”'],
    ['新品将于下月上线！（责编：王震、高雷）', '新品将于下月上线！'],
    ['新品将于下月上线。（来源：青禾乳业供稿）【编辑：李四】', '新品将于下月上线。'],
    ['新品将于下月上线。编辑 / 李四 校对 / 孙丽', '新品将于下月上线。'],
    ['温度须保持在2至6摄氏度。 文字：陈晨 排版：李四 审核：王五', '温度须保持在2至6摄氏度。'],
    ['温度须保持在2至6摄氏度。\n文字：青禾乳业 王丽\n排版：李四', '温度须保持在2至6摄氏度。'],
    ['温度须保持在2至6摄氏度。编辑丨李四', '温度须保持在2至6摄氏度。'],
  ])('%s reads %s', (line, left) => {
    expect(line.slice(0, line.length - inlineNotesLength(line))).toBe(left);
  });

  test.each([
    ['公司表示，新品将于下月上线。编辑部收到的读者来信中，不少人关心价格。'],
    ['新品将于下月上线。来源于网络的说法并不准确'],
    ['图表数据来源：国家统计局'],
    ['新品将于下月上线。（审核通过后公示）'],
    ['他说：“来源：不明。”'],
    ['（责任编辑：张三）'],
    ['新品将于下月上线。编辑 王五说，价格与超市持平'],
    ['新品将于下月上线。图片里的冷柜温度偏高'],
  ])('%s has no note after its last sentence', (line) => {
    expect(inlineNotesLength(line)).toBe(0);
  });

  test('a long run of words after a label is read in linear time', () => {
    const line = `新品将于下月上线。编辑 ${'青禾乳业'.repeat(40)}，`;
    const started = performance.now();
    expect(inlineNotesLength(line)).toBe(0);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

/** The body's text as the news adapter extracts it: the closing notes left out. */
const bodyText = (html: string) => {
  const body = document.createElement('div');
  body.innerHTML = html;
  const notes = closingNotes(body, () => false);
  return extractText([body], { skip: (el) => notes.has(el), skipText: (t) => notes.has(t) }).text;
};

describe('closingNotes', () => {
  test.each([
    // Loose lines after a <br>, in the body itself or in its last paragraph, are notes as much as paragraphs are.
    ['　　他表示，将继续做好服务。<br>（责任编辑：王小明）', '他表示，将继续做好服务。'],
    ['<p>第一段。</p><p>正文最后一句。<br>编辑 / 李四</p>', '第一段。\n正文最后一句。'],
    ['<p>第一段。</p><p>正文最后一句。</p>来源：华商报<br>编辑：<span>李四</span>', '第一段。\n正文最后一句。'],
    ['<p>正文最后一句。</p><p>来源：齐鲁晚报</p><script>var a = 1;</script>', '正文最后一句。'],
    // A note line before article words is article text's business, not a closing note.
    ['<p>来源：华商报</p><p>正文第一句。</p>', '来源：华商报\n正文第一句。'],
    ['正文第一句。<br>编辑：李四<br>正文最后一句。', '正文第一句。\n编辑：李四\n正文最后一句。'],
  ])('%s reads %s', (html, text) => {
    expect(bodyText(html).replace(/^[\s　]+/gm, '')).toBe(text);
  });
});
