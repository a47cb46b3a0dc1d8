import { describe, expect, test } from 'vitest';
import { isRegion } from './regions.ts';

// Region labels printed beside a commenter (issue 4): places are no names, a portal's 网友 label and nicknames
// that start with a place are.

describe('isRegion', () => {
  test.each([['北京'], ['广东'], ['上海市'], ['广东省'], ['内蒙古自治区'], ['广东广州'], ['四川成都'], ['广东省深圳市'], ['北京市朝阳区'],
    ['湖南长沙县'], ['中国香港'], ['中国台湾'], ['美国'], ['海外'], ['IP 属地：广东'], ['IP属地：未知'], ['IP属地北京'],
    ['[北京]'], ['[湖北省武汉市]'], ['【广东】'], ['（上海）']])('%s is a place', (text) => {
    expect(isRegion(text)).toBe(true);
  });

  test.each([['广东网友'], ['网易广东省深圳市网友'], ['海外网友'], ['湖南妹子'], ['广东靓仔'], ['北京小王'], ['青山不老'], ['北京日报'],
    ['新京报'], ['美国队长'], ['[北京小王]']])('%s is a name', (text) => {
    expect(isRegion(text)).toBe(false);
  });
});
