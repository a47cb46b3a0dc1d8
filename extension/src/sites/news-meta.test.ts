import { describe, expect, test } from 'vitest';
import { reportersIn } from './news-meta.ts';

// Reporters named in a news byline without a 作者： label (issue 4).

describe('reportersIn', () => {
  test.each([
    ['澎湃新闻记者 刘源', '刘源'],
    ['记者 王立 通讯员 张三', '王立'],
    ['2026-11-22 14:05 来源：湖北日报 记者 王立 通讯员 张三', '王立'],
    ['澎湃新闻记者 林晓 2026-11-22 08:00', '林晓'],
    ['本报记者 王立 李明 报道', '王立、李明'],
    ['记者：刘源 来源：澎湃新闻', '刘源'],
    ['新华社记者 阿依古丽·买买提', '阿依古丽·买买提'],
  ])('%s names %s', (text, name) => {
    expect(reportersIn(text)).toBe(name);
  });

  test.each([['记者了解到，新生产线全程恒温。'], ['来源：湖北日报'], ['2026-11-22 14:05 来源：澎湃新闻']])('%s names no reporter', (text) => {
    expect(reportersIn(text)).toBeUndefined();
  });
});
