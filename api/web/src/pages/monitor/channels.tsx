import { useEffect, useState } from 'preact/hooks';
import type { MonitorModel } from './model.ts';
import { bj, mt } from './text.ts';

/** 通知渠道: robots and webhooks (URL keys and secrets are never shown again), a test button, the delivery log. */
export function Channels({ model }: { model: MonitorModel }) {
  useEffect(() => void model.loadChannels(), []);
  const [form, setForm] = useState({ kind: 'wecom', url: '', secret: '', minLevel: 'moderate', quietStart: '', quietEnd: '' });
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  const save = async (e: Event) => {
    e.preventDefault();
    await model.addChannel({ kind: form.kind, url: form.url, minLevel: form.minLevel, ...(form.secret ? { secret: form.secret } : {}), ...(form.quietStart && form.quietEnd ? { quietHours: { start: form.quietStart, end: form.quietEnd, breakthrough: 'severe' } } : {}) });
    await model.loadChannels();
  };
  return (
    <div class="channels" data-testid="channels">
      <table><thead><tr><th>{mt('kind')}</th><th>{mt('url')}</th><th>{mt('minLevel')}</th><th>{mt('quiet')}</th><th /></tr></thead>
        <tbody>{model.channels.value.filter((c) => c.enabled).map((c) => (
          <tr key={c.id}><td>{c.name}</td><td>{c.urlHint}{c.hasSecret ? ' 🔒' : ''}</td><td>{mt(c.minLevel as 'mild')}</td><td>{c.quietHours ? `${c.quietHours.start}–${c.quietHours.end}` : '—'}</td>
            <td><button type="button" onClick={async () => { await model.testChannel(c.id); await model.loadChannels(); }}>{mt('test')}</button></td></tr>
        ))}</tbody></table>
      <form onSubmit={save} class="channel-form">
        <h3>{mt('addChannel')}</h3>
        <label>{mt('kind')} <select value={form.kind} onChange={set('kind')}><option value="wecom">企业微信</option><option value="dingtalk">钉钉</option><option value="feishu">飞书</option><option value="webhook">Webhook</option></select></label>
        <label>{mt('url')} <input required type="url" value={form.url} onInput={set('url')} /></label>
        <label>{mt('secret')} <input type="password" autocomplete="off" value={form.secret} onInput={set('secret')} /></label>
        <label>{mt('minLevel')} <select value={form.minLevel} onChange={set('minLevel')}><option value="mild">{mt('mild')}</option><option value="moderate">{mt('moderate')}</option><option value="severe">{mt('severe')}</option></select></label>
        <label>{mt('quiet')} <input type="time" value={form.quietStart} onInput={set('quietStart')} /> – <input type="time" value={form.quietEnd} onInput={set('quietEnd')} /></label>
        <button type="submit">{mt('save')}</button>
      </form>
      <h3>{mt('deliveries')}</h3>
      <table><tbody>{model.deliveries.value.map((d) => (
        <tr key={d.id}><td>{bj(d.createdAt)}</td><td>{d.title}</td><td>{mt(d.status === 'pending' ? 'held' : (d.status as 'sent'))}{d.heldFor ? `（${d.heldFor}）` : ''}</td><td>{d.lastError ?? ''}</td></tr>
      ))}</tbody></table>
    </div>
  );
}
