import type { OwnAccount } from './rules.ts';

// The brand form edits own accounts as lines a PR lead can type (issue 13 item 2): 平台 账号名 [uid:…] [高管], e.g.
// `微博 @青禾乳业官方 uid:1650123456` or `抖音 周明远 高管`. Platforms by their Chinese or English name or key.

const platforms: Record<string, string> = {
  微博: 'weibo', weibo: 'weibo', 抖音: 'douyin', douyin: 'douyin', 小红书: 'xiaohongshu', xiaohongshu: 'xiaohongshu',
  快手: 'kuaishou', kuaishou: 'kuaishou', 哔哩哔哩: 'bilibili', b站: 'bilibili', bilibili: 'bilibili', 知乎: 'zhihu',
  zhihu: 'zhihu', 公众号: 'weixin', 微信公众号: 'weixin', weixin: 'weixin', wechat: 'weixin',
};
const shown: Record<string, string> = { weibo: '微博', douyin: '抖音', xiaohongshu: '小红书', kuaishou: '快手', bilibili: '哔哩哔哩', zhihu: '知乎', weixin: '公众号' };
const roles: Record<string, OwnAccount['role']> = { 官方: 'official', official: 'official', 高管: 'executive', executive: 'executive' };

export interface LineError {
  line: number;
  /** zh-CN / English. */
  message: string;
}

export function parseOwnAccountLines(text: string): { accounts: OwnAccount[]; errors: LineError[] } {
  const accounts: OwnAccount[] = [];
  const errors: LineError[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const tokens = raw.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) return;
    const line = i + 1;
    const platform = platforms[tokens[0]!.toLowerCase()];
    if (!platform) return errors.push({ line, message: `第 ${line} 行：未知平台「${tokens[0]}」 / line ${line}: unknown platform “${tokens[0]}”` });
    const name = (tokens[1] ?? '').replace(/^[@＠]+/, '');
    if (!name) return errors.push({ line, message: `第 ${line} 行：缺少账号名称 / line ${line}: account name missing` });
    let uid: string | undefined;
    let role: OwnAccount['role'] = 'official';
    for (const t of tokens.slice(2)) {
      const id = /^uid[:：](.+)$/i.exec(t);
      if (id) uid = id[1];
      else if (roles[t.toLowerCase()]) role = roles[t.toLowerCase()]!;
      else return errors.push({ line, message: `第 ${line} 行：无法识别「${t}」（应为 uid:… 或 官方/高管） / line ${line}: “${t}” is neither uid:… nor 官方/高管` });
    }
    accounts.push({ platform, name, ...(uid ? { uid } : {}), role });
  });
  return { accounts, errors };
}

export const formatOwnAccountLines = (accounts: readonly OwnAccount[]): string =>
  accounts.map((a) => [shown[a.platform] ?? a.platform, `@${a.name}`, ...(a.uid ? [`uid:${a.uid}`] : []), ...(a.role === 'executive' ? ['高管'] : [])].join(' ')).join('\n');
