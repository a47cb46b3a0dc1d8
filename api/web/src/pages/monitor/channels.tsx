import type { Role } from '@vigil/shared/schemas/common';
import { useEffect, useState } from 'preact/hooks';
import type { Channel, MonitorModel } from './model.ts';
import { bj, listSep, mt, paren, type MonitorText } from './text.ts';

/** Why a delivery waits (api/src/notify/deliver.ts dueAt). */
const heldName: Record<string, MonitorText> = { hourly_bundle: 'heldHourly', daily_digest: 'heldDaily', quiet_hours: 'heldQuiet', alert_dismissed: 'heldDismissed' };
const allTopics = ['alerts', 'incidents', 'legal', 'adapters'] as const;
const topicKey = (t: string) => `topic_${t}` as MonitorText;
const emptyForm = {
  kind: 'wecom', name: '', url: '', secret: '', clearSecret: false, minLevel: 'moderate', quietStart: '', quietEnd: '', breakthrough: 'severe', cap: '6',
  brand: '', topics: [...allTopics] as string[],
};
type Form = typeof emptyForm;

/** The form filled from a channel, to edit it: the URL and secret are never shown again, so they stay empty (kept). */
const formOf = (c: Channel): Form => ({
  ...emptyForm, kind: c.kind, name: c.name, minLevel: c.minLevel, cap: String(c.capPerHour), brand: c.brand ?? '', topics: [...c.topics],
  quietStart: c.quietHours?.start ?? '', quietEnd: c.quietHours?.end ?? '', breakthrough: c.quietHours?.breakthrough ?? 'severe',
});

/**
 * 通知渠道: robots and webhooks (URL keys and secrets are never shown again), what each receives (接收内容: the legal
 * team's group can take the 律师函 deadlines only), a test button, edit, remove, the delivery log. PR leads manage
 * them; legal reads the list and the log. A refused channel says why and keeps what was typed.
 */
export function Channels({ model, role }: { model: MonitorModel; role: Role }) {
  useEffect(() => {
    void model.loadChannels();
    void model.loadBrands();
  }, []);
  const canEdit = role === 'pr_lead' || role === 'admin';
  const [form, setForm] = useState(emptyForm);
  const [editing, setEditing] = useState<Channel | null>(null);
  const [hint, setHint] = useState('');
  const set = (k: keyof Form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  const toggleTopic = (t: string) => (e: Event) => {
    const on = (e.target as HTMLInputElement).checked;
    setForm({ ...form, topics: on ? allTopics.filter((x) => x === t || form.topics.includes(x)) : form.topics.filter((x) => x !== t) });
  };
  const save = async (e: Event) => {
    e.preventDefault();
    if (form.topics.length === 0) return setHint(mt('topicsNone'));
    setHint('');
    const quietHours = form.quietStart && form.quietEnd ? { start: form.quietStart, end: form.quietEnd, breakthrough: form.breakthrough } : null;
    const common = { minLevel: form.minLevel, capPerHour: Number(form.cap), topics: form.topics, ...(form.name.trim() ? { name: form.name.trim() } : {}) };
    const saved = editing
      ? await model.updateChannel(editing.id, {
        ...common, quietHours, brand: form.brand || null,
        ...(form.url.trim() ? { url: form.url.trim() } : {}),
        ...(form.secret ? { secret: form.secret } : form.clearSecret ? { secret: null } : {}),
      })
      : await model.addChannel({
        ...common, kind: form.kind, url: form.url.trim(), ...(form.brand ? { brand: form.brand } : {}),
        ...(form.secret ? { secret: form.secret } : {}), ...(quietHours ? { quietHours } : {}),
      });
    // Reloading clears the model's error: only after a success, so a refusal stays on screen.
    if (!saved) return;
    setForm(emptyForm);
    setEditing(null);
    await model.loadChannels();
  };
  const edit = (c: Channel) => {
    setEditing(c);
    setForm(formOf(c));
    setHint('');
  };
  const cancel = () => {
    setEditing(null);
    setForm(emptyForm);
    setHint('');
  };
  const remove = async (id: string, name: string) => {
    if (!confirm(mt('removeConfirm', { name }))) return;
    if (await model.removeChannel(id)) await model.loadChannels();
  };
  const live = model.channels.value.filter((c) => c.enabled);
  const names = new Map(model.channels.value.map((c) => [c.id, c.name]));
  const brandNames = [...new Set([...model.brands.value, ...(form.brand ? [form.brand] : [])])];
  return (
    <div class="channels" data-testid="channels">
      {live.length === 0 ? <p class="muted" data-testid="channels-empty">{mt('noChannels')}</p> : (
        <table><thead><tr><th>{mt('channelName')}</th><th>{mt('url')}</th><th>{mt('brand')}</th><th>{mt('topics')}</th><th>{mt('minLevel')}</th><th>{mt('quiet')}</th><th>{mt('cap')}</th><th /></tr></thead>
          <tbody>{live.map((c) => (
            <tr key={c.id} data-testid="channel"><td class="nowrap">{c.name}</td><td class="url-hint">{c.urlHint}{c.hasSecret ? ' 🔒' : ''}</td><td class="nowrap">{c.brand ?? mt('allBrands')}</td>
              <td data-testid="channel-topics">{c.topics.map((t) => mt(topicKey(t))).join(listSep())}</td><td>{mt(c.minLevel as 'mild')}</td>
              <td>{c.quietHours ? `${c.quietHours.start}–${c.quietHours.end}${paren(`${mt('breakthrough')} ${mt(c.quietHours.breakthrough as 'severe')}`)}` : '—'}</td><td>{c.capPerHour}</td>
              <td class="nowrap">{canEdit && <><button type="button" onClick={async () => { if (await model.testChannel(c.id)) await model.loadChannels(); }}>{mt('test')}</button> <button type="button" class="link" onClick={() => edit(c)} data-testid="channel-edit">{mt('edit')}</button> <button type="button" class="link" onClick={() => void remove(c.id, c.name)} data-testid="channel-remove">{mt('remove')}</button></>}</td></tr>
          ))}</tbody></table>
      )}
      {model.error.value && <p class="error" role="alert" data-testid="channels-error">{model.error.value}</p>}
      {canEdit ? (
        <form onSubmit={save} class="channel-form" data-testid="channel-form">
          <h3>{editing ? mt('editChannel', { name: editing.name }) : mt('addChannel')}</h3>
          {!editing && <label>{mt('kind')} <select value={form.kind} onChange={set('kind')}><option value="wecom">企业微信</option><option value="dingtalk">钉钉</option><option value="feishu">飞书</option><option value="webhook">Webhook</option></select></label>}
          <label>{mt('channelName')} <input value={form.name} onInput={set('name')} placeholder={mt('channelNameHint')} maxLength={100} data-testid="channel-name" /></label>
          <label>{mt('url')} <input required={!editing} type="url" value={form.url} onInput={set('url')} placeholder={editing ? `${editing.urlHint} · ${mt('urlKeep')}` : ''} data-testid="channel-url" /></label>
          <label>{mt('secret')} <input type="password" autocomplete="off" value={form.secret} onInput={set('secret')} placeholder={editing?.hasSecret ? mt('secretKeep') : ''} /></label>
          {editing?.hasSecret && <label class="check"><input type="checkbox" checked={form.clearSecret} onChange={(e) => setForm({ ...form, clearSecret: (e.target as HTMLInputElement).checked })} /> {mt('secretClear')}</label>}
          <label>{mt('brand')} <select value={form.brand} onChange={set('brand')} data-testid="channel-brand"><option value="">{mt('allBrands')}</option>{brandNames.map((b) => <option key={b} value={b}>{b}</option>)}</select></label>
          <fieldset class="topics" data-testid="channel-topic-choices"><legend>{mt('topics')}</legend>
            {allTopics.map((t) => <label key={t} class="check"><input type="checkbox" value={t} checked={form.topics.includes(t)} onChange={toggleTopic(t)} /> {mt(topicKey(t))}</label>)}
            <p class="muted">{mt('topicsHint')}</p>
          </fieldset>
          <label>{mt('minLevel')} <select value={form.minLevel} onChange={set('minLevel')}><option value="mild">{mt('mild')}</option><option value="moderate">{mt('moderate')}</option><option value="severe">{mt('severe')}</option></select></label>
          <label>{mt('cap')} <input type="number" min={1} max={1000} required value={form.cap} onInput={set('cap')} /></label>
          <label>{mt('quiet')} <input type="time" value={form.quietStart} onInput={set('quietStart')} /> – <input type="time" value={form.quietEnd} onInput={set('quietEnd')} /></label>
          <label>{mt('breakthrough')} <select value={form.breakthrough} onChange={set('breakthrough')}><option value="severe">{mt('severe')}</option><option value="moderate">{mt('moderate')}</option></select></label>
          <p class="muted">{mt('quietHint')}</p>
          {hint && <p class="error" role="alert">{hint}</p>}
          <div class="form-actions"><button type="submit" data-testid="channel-save">{mt('save')}</button>{editing && <button type="button" class="link" onClick={cancel}>{mt('cancel')}</button>}</div>
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
