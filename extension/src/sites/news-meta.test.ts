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
    // The piece's writer after 文 and a slash or bar, as papers and their apps print it.
    ['文/王立', '王立'],
    ['文 | 王立', '王立'],
    ['来源：北京青年报 文／王立 图／李明', '王立'],
    ['撰文：王立', '王立'],
    ['文/图 王立', '王立'],
    ['文、图/王立', '王立'],
    ['记者｜王立 编辑｜李四', '王立'],
    // The reporter first; a 通讯员 only when the byline names no reporter.
    ['本报记者 李四 通讯员 王五', '李四'],
    ['本报记者　李四　通讯员　王五', '李四'],
    ['记者李四 通讯员王五', '李四'],
    ['通讯员 张三', '张三'],
    ['发布时间：2026-11-22 14:05 来源：献县融媒体中心 通讯员 张三 浏览量：356', '张三'],
  ])('%s names %s', (text, name) => {
    expect(reportersIn(text)).toBe(name);
  });

  test.each([
    ['记者了解到，新生产线全程恒温。'],
    ['来源：湖北日报'],
    ['2026-11-22 14:05 来源：澎湃新闻'],
    ['本文/图片来自网络'],
    ['图文/新华社'],
    ['来源：文化和旅游部网站'],
    ['通讯员了解到，牧场今年扩建了两座牛舍。'],
  ])('%s names no reporter', (text) => {
    expect(reportersIn(text)).toBeUndefined();
  });
});
