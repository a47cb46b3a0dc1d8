import { ApiError } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { lang, localMessage } from '../../i18n.ts';
import { bt, type BrandText } from './text.ts';

const fields: Record<string, BrandText> = { name: 'name', aliases: 'aliases', excludes: 'excludes', people: 'people', term: 'term', category: 'category', weight: 'weight', terms: 'brandTerms' };

/**
 * A refused save in words next to the form. The API's validation message is "请求无效 / Invalid request — path: msg; …"
 * whose field messages may themselves be "中文 / English": name each field the way the form labels it.
 */
export function formError(err: unknown): string {
  if (!(err instanceof ApiError) || err.code !== 'invalid_request') return errorText(err);
  const [, detail] = err.message.split(' — ');
  if (!detail) return localMessage(err.message);
  const issues = detail.split('; ').map((issue) => {
    const m = /^([\w.]+): (.*)$/.exec(issue);
    if (!m) return localMessage(issue);
    const [head, index] = m[1]!.split('.');
    const label = fields[head!] ? bt(fields[head!]!) : head!;
    const where = index !== undefined && /^\d+$/.test(index) ? `${label} #${Number(index) + 1}` : label;
    return `${where}：${localMessage(m[2]!)}`;
  });
  return `${lang.value === 'zh' ? '请检查' : 'Please check'} ${issues.join('；')}`;
}
