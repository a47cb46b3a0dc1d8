import { dictionary, localMessage } from '@vigil/shared/i18n/dictionary';
import { formatBeijing } from '@vigil/shared/i18n/beijing-time';
import type { EscalateModel } from '../escalation/panel-model.ts';
import { lang, reasonText } from '../i18n.ts';
import type { TabUnit } from '../storage.ts';

// 上报 on a unit (issues 11 item 7, 13 item 1): the button, then what became of it, on the unit itself.

const words = dictionary(
  { escalate: '上报公关负责人', sending: '正在上报…', sent: '已上报公关负责人（{time}），可在工作台「事件 › 待处理上报」查看', queued: '已保存，联网后自动上报', queuedWhy: '已保存，联网后自动上报（{why}）', refused: '上报未成功：{why}', again: '重新上报' },
  { escalate: 'Escalate to the PR lead', sending: 'Escalating…', sent: 'Escalated to the PR lead ({time}); listed in the workspace under Incidents › Escalations', queued: 'Saved; sent once the server can be reached', queuedWhy: 'Saved; sent once the server can be reached ({why})', refused: 'Not escalated: {why}', again: 'Escalate again' },
);
type Word = Parameters<typeof words>[1];
const w = (key: Word, params?: Record<string, string>) => words(lang.value, key, params);

export function EscalateButton({ model, unit, reason, pageUrl, testId = 'escalate' }: { model: EscalateModel; unit: TabUnit; reason: 'risk' | 'no_reply'; pageUrl?: string; testId?: string }) {
  const mark = model.marks.value[unit.key];
  const busy = !!model.sending.value[unit.key];
  const click = () => void model.escalate(unit, reason, pageUrl);
  if (busy) return <p class="escalation" role="status" data-testid="escalation-status" data-state="sending">{w('sending')}</p>;
  if (!mark) return <button type="button" data-testid={testId} onClick={click}>{w('escalate')}</button>;
  if (mark.state === 'sent') {
    return <p class="escalation ok" role="status" data-testid="escalation-status" data-state="sent">{w('sent', { time: formatBeijing(mark.at, lang.value, 'minute') })}</p>;
  }
  const why = mark.message ? localMessage(mark.message, lang.value) : mark.reason ? reasonText(mark.reason) : '';
  if (mark.state === 'queued') {
    return <p class="escalation warn" role="status" data-testid="escalation-status" data-state="queued">{why ? w('queuedWhy', { why }) : w('queued')}</p>;
  }
  return (
    <p class="escalation warn" role="alert" data-testid="escalation-status" data-state="refused">
      {w('refused', { why })} <button type="button" class="link" data-testid={testId} onClick={click}>{w('again')}</button>
    </p>
  );
}
