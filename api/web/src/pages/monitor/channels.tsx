import type { Role } from '@vigil/shared/schemas/common';
import { useEffect, useState } from 'preact/hooks';
import type { MonitorModel } from './model.ts';
import { bj, mt, paren, type MonitorText } from './text.ts';

/** Why a delivery waits (api/src/notify/deliver.ts dueAt). */
const heldName: Record<string, MonitorText> = { hourly_bundle: 'heldHourly', daily_digest: 'heldDaily', quiet_hours: 'heldQuiet', alert_dismissed: 'heldDismissed' };
const emptyForm = { kind: 'wecom', url: '', secret: '', minLevel: 'moderate', quietStart: '', quietEnd: '', breakthrough: 'severe', cap: '6' };

/**
 * 通知渠道: robots and webhooks (URL keys and secrets are never shown again), a test button, remove, the delivery log.
 * PR leads manage them; legal reads the list and the log. A refused channel says why and keeps what was typed.
 */
export function Channels({ model, role }: { model: MonitorModel; role: Role }) {
  useEffect(() => void model.loadChannels(), []);
  const canEdit = role === 'pr_lead' || role === 'admin';
  const [form, setForm] = useState(emptyForm);
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  const save = async (e: Event) => {
    e.preventDefault();
    const quiet = form.quietStart && form.quietEnd ? { quietHours: { start: form.quietStart, end: form.quietEnd, breakthrough: form.breakthrough } } : {};
    const saved = await model.addChannel({ kind: form.kind, url: form.url.trim(), minLevel: form.minLevel, capPerHour: Number(form.cap), ...(form.secret ? { secret: form.secret } : {}), ...quiet });
    // Reloading clears the model's error: only after a success, so a refusal stays on screen.
    if (!saved) return;
    setForm(emptyForm);
    await model.loadChannels();
  };
  const remove = async (id: string, name: string) => {
    if (!confirm(mt('removeConfirm', { name }))) return;
    if (await model.removeChannel(id)) await model.loadChannels();
  };
  const live = model.channels.value.filter((c) => c.enabled);
  const names = new Map(model.channels.value.map((c) => [c.id, c.name]));
  return (
    <div class="channels" data-testid="channels">
      {live.length === 0 ? <p class="muted" data-testid="channels-empty">{mt('noChannels')}</p> : (
        <table><thead><tr><th>{mt('kind')}</th><th>{mt('url')}</th><th>{mt('minLevel')}</th><th>{mt('quiet')}</th><th>{mt('cap')}</th><th /></tr></thead>
          <tbody>{live.map((c) => (
            <tr key={c.id} data-testid="channel"><td>{c.name}</td><td>{c.urlHint}{c.hasSecret ? ' 🔒' : ''}</td><td>{mt(c.minLevel as 'mild')}</td>
              <td>{c.quietHours ? `${c.quietHours.start}–${c.quietHours.end}${paren(`${mt('breakthrough')} ${mt(c.quietHours.breakthrough as 'severe')}`)}` : '—'}</td><td>{c.capPerHour}</td>
              <td>{canEdit && <><button type="button" onClick={async () => { if (await model.testChannel(c.id)) await model.loadChannels(); }}>{mt('test')}</button> <button type="button" class="link" onClick={() => void remove(c.id, c.name)} data-testid="channel-remove">{mt('remove')}</button></>}</td></tr>
          ))}</tbody></table>
      )}
      {model.error.value && <p class="error" role="alert" data-testid="channels-error">{model.error.value}</p>}
      {canEdit ? (
        <form onSubmit={save} class="channel-form">
          <h3>{mt('addChannel')}</h3>
          <label>{mt('kind')} <select value={form.kind} onChange={set('kind')}><option value="wecom">企业微信</option><option value="dingtalk">钉钉</option><option value="feishu">飞书</option><option value="webhook">Webhook</option></select></label>
          <label>{mt('url')} <input required type="url" value={form.url} onInput={set('url')} data-testid="channel-url" /></label>
          <label>{mt('secret')} <input type="password" autocomplete="off" value={form.secret} onInput={set('secret')} /></label>
          <label>{mt('minLevel')} <select value={form.minLevel} onChange={set('minLevel')}><option value="mild">{mt('mild')}</option><option value="moderate">{mt('moderate')}</option><option value="severe">{mt('severe')}</option></select></label>
          <label>{mt('cap')} <input type="number" min={1} max={1000} required value={form.cap} onInput={set('cap')} /></label>
          <label>{mt('quiet')} <input type="time" value={form.quietStart} onInput={set('quietStart')} /> – <input type="time" value={form.quietEnd} onInput={set('quietEnd')} /></label>
          <label>{mt('breakthrough')} <select value={form.breakthrough} onChange={set('breakthrough')}><option value="severe">{mt('severe')}</option><option value="moderate">{mt('moderate')}</option></select></label>
          <p class="muted">{mt('quietHint')}</p>
          <button type="submit">{mt('save')}</button>
        </form>
      ) : <p class="muted">{mt('readOnly')}</p>}
      <h3>{mt('deliveries')}</h3>
      {model.deliveries.value.length === 0 ? <p class="muted">{mt('noDeliveries')}</p> : (
        <table data-testid="deliveries"><thead><tr><th>{mt('time')}</th><th>{mt('channels')}</th><th>{mt('message')}</th><th>{mt('status')}</th><th>{mt('why')}</th></tr></thead>
          <tbody>{model.deliveries.value.map((d) => (
            <tr key={d.id}><td>{bj(d.createdAt)}</td><td>{names.get(d.channelId) ?? '—'}</td><td>{d.title}</td><td>{mt(d.status === 'pending' ? 'held' : (d.status as 'sent'))}{d.heldFor ? paren(heldName[d.heldFor] ? mt(heldName[d.heldFor]!) : d.heldFor) : ''}</td><td>{d.lastError ?? ''}</td></tr>
          ))}</tbody></table>
      )}
    </div>
  );
}
