import { ApiError } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { lang, localMessage } from '../../i18n.ts';
import { bt, type BrandText } from './text.ts';

const fields: Record<string, BrandText> = { name: 'name', aliases: 'aliases', excludes: 'excludes', people: 'people', term: 'term', category: 'category', weight: 'weight', terms: 'brandTerms', newsHosts: 'newsHosts', levels: 'levels', near: 'near' };

const parts: Record<string, BrandText> = { mild: 'mild', moderate: 'moderate', severe: 'severe', chars: 'nearChars', farFactor: 'farFactor' };

/** zod's default English messages, said the way the form would (the schema's own messages are already bilingual). */
const zodZh: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Too big: expected number to be <=?(\S+)$/, (m) => `不能大于 ${m[1]}`],
  [/^Too small: expected number to be >=?(\S+)$/, (m) => `不能小于 ${m[1]}`],
  [/^Too big: expected (string|array) to have <=?(\d+)/, (m) => `最多 ${m[2]} 个${m[1] === 'string' ? '字符' : '条'}`],
  [/^Invalid option/, () => '不是可选的值'],
  [/^Invalid input: expected number/, () => '须为数字'],
  [/^Invalid input/, () => '格式不正确'],
];
function fieldMessage(message: string): string {
  if (lang.value === 'zh') {
    for (const [re, say] of zodZh) {
      const m = re.exec(message);
      if (m) return say(m);
    }
  }
  return localMessage(message);
}

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
    const part = index === undefined ? undefined : /^\d+$/.test(index) ? `#${Number(index) + 1}` : parts[index] ? `·${bt(parts[index]!)}` : `·${index}`;
    const where = part ? `${label} ${part}` : label;
    return `${where}：${fieldMessage(m[2]!)}`;
  });
  return `${lang.value === 'zh' ? '请检查' : 'Please check'} ${issues.join('；')}`;
}
