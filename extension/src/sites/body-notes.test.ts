import { describe, expect, test } from 'vitest';
import { isNoteLine } from './body-notes.ts';

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
  ])('%s is a note', (line) => {
    expect(isNoteLine(line)).toBe(true);
  });

  test.each([
    ['原标题：青禾乳业济南工厂复检合格 恢复生产'],
    ['声明称，青禾乳业将对济南工厂的冷库进行全面改造。'],
    ['编辑部收到的读者来信中，不少人关心复检的具体项目。'],
    ['来源方面，青禾乳业称原奶全部来自自有牧场。'],
    ['青禾乳业表示，将在三个月内完成华北冷链自建。'],
  ])('%s is article text', (line) => {
    expect(isNoteLine(line)).toBe(false);
  });
});
