import { createHmac } from 'node:crypto';
import type { NotifyKind } from '@vigil/shared/schemas/notify';

export interface Message {
  title: string;
  text: string;
  level: string;
  subject: string;
}

export interface Outgoing {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * The request each robot documents (issue 11):
 * - 企业微信 group robot: POST the webhook URL, `{ msgtype: 'markdown', markdown: { content } }`.
 * - 钉钉 custom robot with 加签: `timestamp` (ms) and `sign` = Base64(HMAC-SHA256(key = secret, `timestamp\nsecret`))
 *   as query parameters; body `{ msgtype: 'markdown', markdown: { title, text } }`.
 * - 飞书 custom bot with 签名校验: `timestamp` (s) and `sign` = Base64(HMAC-SHA256(key = `timestamp\nsecret`, empty))
 *   in the body beside `{ msg_type: 'text', content: { text } }`.
 * - generic webhook: our JSON, and with a secret `X-Vigil-Signature: sha256=<hex HMAC of the body>`.
 */
export function outgoing(kind: NotifyKind, url: string, secret: string | null, m: Message, now: Date): Outgoing {
  const json = { 'content-type': 'application/json' };
  if (kind === 'wecom') return { url, headers: json, body: JSON.stringify({ msgtype: 'markdown', markdown: { content: `### ${m.title}\n${m.text}` } }) };
  if (kind === 'dingtalk') {
    let signed = url;
    if (secret) {
      const ts = String(now.getTime());
      const sign = createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
      signed = `${url}${url.includes('?') ? '&' : '?'}timestamp=${ts}&sign=${encodeURIComponent(sign)}`;
    }
    return { url: signed, headers: json, body: JSON.stringify({ msgtype: 'markdown', markdown: { title: m.title, text: `### ${m.title}\n\n${m.text}` } }) };
  }
  if (kind === 'feishu') {
    const text = `${m.title}\n${m.text}`;
    if (!secret) return { url, headers: json, body: JSON.stringify({ msg_type: 'text', content: { text } }) };
    const ts = String(Math.floor(now.getTime() / 1000));
    const sign = createHmac('sha256', `${ts}\n${secret}`).update('').digest('base64');
    return { url, headers: json, body: JSON.stringify({ timestamp: ts, sign, msg_type: 'text', content: { text } }) };
  }
  const body = JSON.stringify({ event: 'vigil.notification', title: m.title, text: m.text, level: m.level, subject: m.subject, sentAt: now.toISOString() });
  const headers: Record<string, string> = { ...json };
  if (secret) headers['x-vigil-signature'] = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  return { url, headers, body };
}

/** Robots answer 200 with an error code in the body; a delivery only counts as sent when that code is 0. */
export function acceptedBy(kind: NotifyKind, status: number, body: string): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  if (kind === 'webhook') return null;
  try {
    const j = JSON.parse(body) as { errcode?: number; errmsg?: string; code?: number; msg?: string; StatusCode?: number };
    const code = j.errcode ?? j.code ?? j.StatusCode;
    return code === 0 ? null : `${code ?? '?'} ${j.errmsg ?? j.msg ?? ''}`.trim();
  } catch {
    return 'robot answered without JSON';
  }
}
