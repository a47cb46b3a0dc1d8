// Place names portals print beside a commenter (issue 4): the region a comment was posted from (北京, 广东广州,
// 上海市, 美国, IP 属地：广东, [北京] in brackets), shown where no name is, or before the name. A place is never a
// commenter's name nor their words, while 广东网友 / 网易北京市网友 is a name: the label a portal shows for a reader
// without an account.

/** Provinces, municipalities and regions, the short names portals print (广东, not 广东省). */
const PROVINCE =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
/** What follows a province's short name in its full one. */
const PROVINCE_SUFFIX = '省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区';
/**
 * Cities printed after the province without 市 (广东广州, 四川成都): provincial capitals and the largest other
 * cities only, so a nickname that starts with a province (湖南妹子, 广东靓仔) stays a name.
 */
const CITY =
  '广州|深圳|佛山|东莞|珠海|成都|杭州|宁波|温州|南京|苏州|无锡|常州|徐州|武汉|西安|郑州|洛阳|长沙|青岛|济南|烟台|沈阳|大连|厦门|福州|泉州|合肥|昆明|南宁|贵阳|哈尔滨|长春|石家庄|保定|唐山|沧州|廊坊|太原|南昌|兰州|海口|三亚|呼和浩特|银川|西宁|乌鲁木齐|拉萨';
/** Countries and the catch-alls IP 属地 prints for readers abroad or unknown. */
const ABROAD =
  '海外|境外|未知|其他|美国|加拿大|英国|法国|德国|意大利|西班牙|荷兰|瑞士|瑞典|俄罗斯|日本|韩国|新加坡|马来西亚|泰国|越南|印度|澳大利亚|新西兰|巴西';

const REGION = new RegExp(
  `^[\\[【(（]?(?:IP\\s*属地\\s*[:：]?\\s*)?(?:中国\\s*)?(?:(?:${PROVINCE})(?:${PROVINCE_SUFFIX})?(?:\\s*(?:${CITY})|\\s*[\\u4e00-\\u9fa5]{2,4}[市区县州盟])?|${ABROAD})[\\]】)）]?$`,
);

/** Whether a short text is a place (a region label), never a person's or account's name. */
export const isRegion = (text: string): boolean => text.length <= 16 && REGION.test(text.trim());
