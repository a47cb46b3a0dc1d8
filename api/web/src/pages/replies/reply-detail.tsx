import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Role } from '@vigil/shared/schemas/common';
import { formatTime } from '../../i18n.ts';
import { navigate } from '../../router.ts';
import { PathChips, StatusBadge } from './library-list.tsx';
import type { RepliesModel } from './model.ts';
import { ReplyStatsView } from './reply-stats.tsx';
import { actionLabel, formatExpiry, pick, rt } from './text.ts';
import { VersionActions } from './version-actions.tsx';
import { VersionDiff } from './version-diff.tsx';

/** One reply: its versions with the actions each allows, a diff between any two, the transition log and usage. */
export function ReplyDetailView({ model, id, role }: { model: RepliesModel; id: string; role: Role }) {
  useEffect(() => void model.loadDetail(id), [id]);
  const from = useSignal<number | null>(null);
  const to = useSignal<number | null>(null);
  const d = model.detail.value;
  if (!d || d.id !== id) return model.error.value ? <p class="error" role="alert" data-testid="replies-error">{model.error.value}</p> : null;
  const lead = role === 'pr_lead' || role === 'admin';
  const latest = d.versions[0]!;
  const newest = to.value ?? latest.version;
  const older = from.value ?? d.versions[1]?.version ?? latest.version;
  const vOf = (n: number) => d.versions.find((v) => v.version === n) ?? latest;
  return (
    <section data-testid="reply-detail" data-reply-id={d.id}>
      <h3><PathChips title={latest.title} /> <span class="muted">{d.brand}</span></h3>
      <div class="actions">
        {lead && <button type="button" data-testid="reply-edit" onClick={() => navigate(`/replies/${d.id}/edit`)}>{rt('edit')}</button>}
        <label>
          <input type="checkbox" data-testid="reply-require-legal" checked={d.requireLegalSignoff} disabled={!lead}
            onChange={(e) => void model.setBrandSetting(d.brand, 'requireLegalSignoff', e.currentTarget.checked)} />
          {rt('requireLegal')}
        </label>
        <label>
          <input type="checkbox" data-testid="reply-require-four-eyes" checked={d.requireFourEyes} disabled={!lead}
            onChange={(e) => void model.setBrandSetting(d.brand, 'requireFourEyes', e.currentTarget.checked)} />
          {rt('requireFourEyes')}
        </label>
      </div>
      {model.error.value && <p class="error" role="alert" data-testid="replies-error">{model.error.value}</p>}
      <h3>{rt('versions')}</h3>
      {d.versions.map((v) => (
        <div class="card-row" key={v.id} data-testid="reply-version" data-version={v.version} data-status={v.effectiveStatus}>
          <div class="actions">
            <strong>v{v.version}</strong> <StatusBadge status={v.effectiveStatus} />
            <span class="muted">{rt('createdBy')} {v.createdBy} · {formatTime(v.createdAt)} · {rt('expiresAt')} {formatExpiry(v.expiresAt, formatTime)}</span>
          </div>
          <div class="body" data-testid="reply-version-body">{v.body}</div>
          <VersionActions model={model} replyId={d.id} v={v} role={role} needsLegal={d.requireLegalSignoff} />
        </div>
      ))}
      {d.versions.length > 1 && (
        <section>
          <h3>{rt('diff')}</h3>
          <div class="actions">
            <select data-testid="reply-diff-from" value={older} onChange={(e) => (from.value = Number(e.currentTarget.value))}>
              {d.versions.map((v) => <option key={v.id} value={v.version}>v{v.version}</option>)}
            </select>
            →
            <select data-testid="reply-diff-to" value={newest} onChange={(e) => (to.value = Number(e.currentTarget.value))}>
              {d.versions.map((v) => <option key={v.id} value={v.version}>v{v.version}</option>)}
            </select>
          </div>
          <VersionDiff from={vOf(older)} to={vOf(newest)} />
        </section>
      )}
      <h3>{rt('history')}</h3>
      <ol class="timeline" data-testid="reply-history">
        {d.transitions.map((t) => (
          <li key={t.id} data-testid="reply-transition" data-action={t.action}>
            {formatTime(t.at)} · v{t.version} · {pick(actionLabel[t.action], t.action)} · {t.actorName}
            {t.note && <> — <q>{t.note}</q></>}
          </li>
        ))}
      </ol>
      {model.stats.value && <ReplyStatsView stats={model.stats.value} />}
    </section>
  );
}
