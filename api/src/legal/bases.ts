/**
 * The clause library of the 律师函 (issue 10 item 5; texts and scope from ../shared/notes/legal.md A.2, re-read
 * against the statutes). `GET /api/legal/bases` lists it; the letter cites the bases a lawyer picks, and for 商业诋毁
 * picks the article of the 反不正当竞争法 in force on the conduct date.
 */
export interface LegalBasis {
  id: string;
  /** 法律 / 司法解释 name as cited, with the article. */
  title: string;
  text: string;
  /** When to cite it (shown in the picker). */
  scope: string;
  kind: 'civil' | 'competition' | 'criminal' | 'platform';
  /** For 商业诋毁: the article in force before and from the 2025 revision. */
  versions?: { article: string; title: string; text: string; from?: string; before?: string }[];
  thresholds?: string;
}

/** 反不正当竞争法 (2025 修订) in force from this day: 商业诋毁 moved from 第十一条 to 第十二条. */
export const AUCL_2025_FROM = '2025-10-15';

const AUCL_2019 = { article: '第十一条', title: '《中华人民共和国反不正当竞争法》（2019 年修正）第十一条', text: '经营者不得编造、传播虚假信息或者误导性信息，损害竞争对手的商业信誉、商品声誉。', before: AUCL_2025_FROM };
const AUCL_2025 = { article: '第十二条', title: '《中华人民共和国反不正当竞争法》（2025 年修订）第十二条', text: '经营者不得编造、传播或者指使他人编造、传播虚假信息或者误导性信息，损害其他经营者的商业信誉、商品声誉。', from: AUCL_2025_FROM };

export const LEGAL_BASES: readonly LegalBasis[] = [
  { id: 'civil-1024', kind: 'civil', title: '《中华人民共和国民法典》第一千零二十四条', text: '民事主体享有名誉权。任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权。名誉是对民事主体的品德、声望、才能、信用等的社会评价。', scope: '名誉权（法人、非法人组织同样享有）' },
  { id: 'civil-1025', kind: 'civil', title: '《中华人民共和国民法典》第一千零二十五条', text: '行为人为公共利益实施新闻报道、舆论监督等行为，影响他人名誉的，不承担民事责任，但是有下列情形之一的除外：（一）捏造、歪曲事实；（二）对他人提供的严重失实内容未尽到合理核实义务；（三）使用侮辱性言辞等贬损他人名誉。', scope: '预先排除“舆论监督”抗辩' },
  { id: 'civil-1028', kind: 'civil', title: '《中华人民共和国民法典》第一千零二十八条', text: '民事主体有证据证明报刊、网络等媒体报道的内容失实，侵害其名誉权的，有权请求该媒体及时采取更正或者删除等必要措施。', scope: '要求媒体更正、删除' },
  { id: 'civil-1000', kind: 'civil', title: '《中华人民共和国民法典》第一千条', text: '行为人因侵害人格权承担消除影响、恢复名誉、赔礼道歉等民事责任的，应当与行为的具体方式和造成的影响范围相当。行为人拒不承担前款规定的民事责任的，人民法院可以采取在报刊、网络等媒体上发布公告或者公布生效裁判文书等方式执行，产生的费用由行为人负担。', scope: '道歉范围与影响范围相当' },
  { id: 'civil-1195', kind: 'platform', title: '《中华人民共和国民法典》第一千一百九十五条', text: '网络用户利用网络服务实施侵权行为的，权利人有权通知网络服务提供者采取删除、屏蔽、断开链接等必要措施。通知应当包括构成侵权的初步证据及权利人的真实身份信息。网络服务提供者接到通知后，应当及时将该通知转送相关网络用户，并根据构成侵权的初步证据和服务类型采取必要措施；未及时采取必要措施的，对损害的扩大部分与该网络用户承担连带责任。', scope: '致平台：通知删除（附初步证据与权利人身份）' },
  { id: 'aucl-disparagement', kind: 'competition', title: '《中华人民共和国反不正当竞争法》商业诋毁条款（按行为日期：2025 年 10 月 15 日起第十二条，此前第十一条）', text: AUCL_2025.text, scope: '发布者为经营者（含竞争对手）时', versions: [AUCL_2025, AUCL_2019] },
  { id: 'criminal-246', kind: 'criminal', title: '《中华人民共和国刑法》第二百四十六条', text: '以暴力或者其他方法公然侮辱他人或者捏造事实诽谤他人，情节严重的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利。前款罪，告诉的才处理，但是严重危害社会秩序和国家利益的除外。', scope: '被害人为自然人（如企业负责人）', thresholds: '《最高人民法院、最高人民检察院关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释》（2013）第二条第（一）项：同一诽谤信息实际被点击、浏览次数达到五千次以上，或者被转发次数达到五百次以上的，应当认定为“情节严重”。' },
  { id: 'criminal-221', kind: 'criminal', title: '《中华人民共和国刑法》第二百二十一条', text: '捏造并散布虚伪事实，损害他人的商业信誉、商品声誉，给他人造成重大损失或者有其他严重情节的，处二年以下有期徒刑或者拘役，并处或者单处罚金。', scope: '被害人为单位（公司商誉）', thresholds: '立案追诉标准以直接经济损失五十万元以上、停业停产六个月以上或者破产等为准；浏览、转发次数可作为“其他严重情节”的参考。' },
];

export const basisById = (id: string) => LEGAL_BASES.find((b) => b.id === id);

/** The 商业诋毁 article for conduct on `day` (YYYY-MM-DD, Beijing): 第十二条 from 2025-10-15, 第十一条 before. */
export function disparagementArticle(day: string): { article: string; title: string; text: string } {
  return day >= AUCL_2025_FROM ? AUCL_2025 : AUCL_2019;
}

export interface Demand {
  id: string;
  text: string;
}

/** Demands of legal.md A.1 §8, worded to the evidence (删除, 同等范围道歉, 损失与维权费用, 书面承诺). */
export const DEMANDS: readonly Demand[] = [
  { id: 'delete', text: '立即停止侵权行为，删除上述全部内容及其转发、评论中的相关内容' },
  { id: 'apologize', text: '在发布上述内容的同一平台，以相同或者相当的范围和持续时间，公开向委托人赔礼道歉、消除影响' },
  { id: 'compensate', text: '赔偿委托人因此遭受的经济损失，以及为制止侵权行为所支付的公证费、律师费等维权合理费用' },
  { id: 'undertake', text: '向委托人出具书面承诺，保证今后不再实施类似行为' },
];
