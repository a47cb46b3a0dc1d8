import { describe, expect, test } from 'vitest';
import { datelineReporters, reportersIn } from './news-meta.ts';

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

// The reporters a dateline opening the body names in its bracket (issue 4).
describe('datelineReporters', () => {
  test.each([
    ['新华社北京12月6日电（记者王立、李明）青禾乳业6日在北京发布低温奶新品。', '王立、李明'],
    ['中新网上海12月6日电 (记者 陈静) 青禾乳业6日在上海发布低温奶新品。', '陈静'],
    ['本报讯（记者 张伟 通讯员 刘明）青禾乳业6日在上海发布低温奶新品。', '张伟'],
    ['人民网北京11月22日电 （记者林晓）近日，有消费者在社交平台反映。', '林晓'],
    ['本报北京12月6日讯（记者 王立）青禾乳业6日宣布召回。', '王立'],
    ['新华社电（记者王立）青禾乳业6日宣布召回。', '王立'],
    ['本报讯（通讯员 刘明）献县奶源基地二期投产。', '刘明'],
    ['新华社乌鲁木齐12月6日电（记者阿依古丽·买买提）青禾乳业新疆工厂投产。', '阿依古丽·买买提'],
  ])('%s names %s', (line, names) => {
    expect(datelineReporters(line)).toBe(names);
  });

  test.each([
    ['中新网沧州11月22日电 青禾乳业22日在沧州启动“送奶进社区”活动。'],
    ['新华社北京12月6日电（记者了解到）青禾乳业6日发布新品。'],
    ['近日，青禾乳业（记者王立）发布新品。'],
    ['青禾乳业6日在北京发布低温奶新品（记者王立、李明）。'],
    ['本报讯 青禾乳业6日发布新品。（记者 张伟）'],
    ['新华社北京12月6日电（北京商报）青禾乳业6日发布新品。'],
  ])('%s names no reporter', (line) => {
    expect(datelineReporters(line)).toBeUndefined();
  });
});
