import type { ReplyPlatform } from '../schemas/reply.ts';
import { beijingParts } from '../i18n/beijing-time.ts';
import { platformLabels } from '../i18n/vocabulary.ts';

/** The variables a reply body may use; anything else in braces is left as written so the user sees it. */
export const replyVariables = ['作者', '平台', '日期', '时间', '品牌', '工单号'] as const;
export type ReplyVariable = (typeof replyVariables)[number];

export const variableHelp: Record<ReplyVariable, string> = {
  作者: '帖子作者昵称',
  平台: '平台名称（微博、抖音、小红书、快手、哔哩哔哩、知乎、新闻）',
  日期: '今天的日期（北京时间），如 2026年11月22日',
  时间: '当前时间（北京时间），如 09:30',
  品牌: '品牌名称',
  工单号: '客服工单号（由使用者填写）',
};

const VARIABLE = /\{([^{}\s]{1,20})\}/g;

/** Variable names used in a body, in order of first use. */
export function variablesIn(body: string): string[] {
  return [...new Set([...body.matchAll(VARIABLE)].map((m) => m[1]!))];
}

export function unknownVariables(body: string): string[] {
  return variablesIn(body).filter((v) => !(replyVariables as readonly string[]).includes(v));
}

export interface FillContext {
  author?: string | undefined;
  platform?: ReplyPlatform | undefined;
  brand?: string | undefined;
  ticket?: string | undefined;
  now: Date;
}

export interface Filled {
  text: string;
  /** Variables left as `{…}`: unknown ones, and known ones the unit could not supply. */
  unfilled: string[];
}

function values(ctx: FillContext): Partial<Record<ReplyVariable, string>> {
  const { year, month, day, hour, minute } = beijingParts(ctx.now);
  const trimmed = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
  const out: Partial<Record<ReplyVariable, string>> = {
    日期: `${year}年${month}月${day}日`,
    时间: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
  };
  const author = trimmed(ctx.author);
  if (author) out.作者 = author.replace(/^@/, '');
  if (ctx.platform) out.平台 = platformLabels[ctx.platform].zh;
  const brand = trimmed(ctx.brand);
  if (brand) out.品牌 = brand;
  const ticket = trimmed(ctx.ticket);
  if (ticket) out.工单号 = ticket;
  return out;
}

export function fillReply(body: string, ctx: FillContext): Filled {
  const known = values(ctx);
  const unfilled = new Set<string>();
  const text = body.replace(VARIABLE, (whole, name: string) => {
    const value = known[name as ReplyVariable];
    if (value === undefined) {
      unfilled.add(name);
      return whole;
    }
    return value;
  });
  return { text, unfilled: [...unfilled] };
}
