import { useSignal } from '@preact/signals';
import type { CaseDetail, TimelineEvent } from '@vigil/shared/schemas/case';
import { formatTime } from '../../i18n.ts';
import type { CasesModel } from './model.ts';
import { kt, ktOr } from './text.ts';
import { beijingStamp } from '@vigil/shared/i18n/beijing-time';

/** 2026-12-01 10:02, Beijing time: how a lawyer writes the moment of a re-check. */
const minute = (iso: string) => beijingStamp(iso, 'minute');

/** A rename or a new assignee, in words; an older event without names says only which field changed. */
function updatedText(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof detail.title === 'string') parts.push(kt('upd.title', { from: String(detail.previousTitle ?? '…'), to: detail.title }));
  if ('assigneeId' in detail) {
    parts.push(detail.assigneeId === null ? kt('upd.unassigned') : kt('upd.assignee', { name: String(detail.assigneeName ?? detail.assigneeId) }));
  }
  return parts.join('；');
}

/** What a timeline line says beyond its kind: the status move, the decision and reason, the re-check result. */
function eventText(e: TimelineEvent): string {
  const x = e.detail as Record<string, string | undefined>;
  if (e.kind === 'status') return `${ktOr(`status.${x.from}`, String(x.from))} → ${ktOr(`status.${x.to}`, String(x.to))}${x.resolution ? `（${ktOr(`resolution.${x.resolution}`, x.resolution)}）` : ''}${x.reason ? `：${x.reason}` : ''}`;
  if (e.kind === 'review') return `${ktOr(`decision.${x.decision}`, String(x.decision))}${x.reason ? `：${x.reason}` : ''}`;
  if (e.kind === 'recheck') return `${ktOr(`link.${x.status}`, String(x.status))} ${minute(e.at)}`;
  if (e.kind === 'capture_added' || e.kind === 'capture_removed') return x.reason ?? '';
  if (e.kind === 'created') return String(x.number ?? '');
  if (e.kind === 'letter') return kt(x.kind === 'statement' ? 'letter.statement' : 'letter.letter', { number: String(x.number ?? ''), days: String(x.deadlineDays ?? ''), n: String(x.captures ?? '') });
  if (e.kind === 'updated') return updatedText(e.detail);
  return '';
}

function Links({ model, d, canWrite }: { model: CasesModel; d: CaseDetail; canWrite: boolean }) {
  return (
    <section class="panel" data-testid="case-links">
      <h3>{kt('links')}</h3>
      <p class="muted small">{kt('recheckHint')}</p>
      <table>
        <tbody>
          {d.links.map((l) => (
            <tr key={l.url} data-testid="case-link" data-status={l.status}>
              <td class="url-cell"><code class="small">{l.url}</code></td>
              <td class="nowrap"><span class={`link-status l-${l.status}`} data-testid="case-link-status">{kt(`link.${l.status}`)}</span>{l.checkedAt && <div class="muted small">{formatTime(l.checkedAt)}</div>}</td>
              <td class="nowrap">
                {canWrite && <a class="button" data-testid="case-recheck" href={`${l.url}#vigil-recheck=${encodeURIComponent(d.id)}`} target="_blank" rel="noopener noreferrer">{kt('recheck')}</a>}
                {canWrite && l.status === 'deleted' && l.recheckCaptureId && d.status !== 'resolved' && d.status !== 'closed' && (
                  <button type="button" data-testid="case-resolve-deleted" onClick={() => void model.move(d.id, 'resolved', { resolution: 'deleted', evidenceCaptureId: l.recheckCaptureId! })}>{kt('resolveOnIt')}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Notes({ model, d, canWrite }: { model: CasesModel; d: CaseDetail; canWrite: boolean }) {
  const text = useSignal('');
  return (
    <section class="panel" data-testid="case-notes">
      <h3>{kt('notes')}</h3>
      {d.notes.map((n) => (
        <div class="note-item" key={n.id} data-testid="case-note">
          <div class="muted small">{n.author.name} · {formatTime(n.at)} · {kt('logged', { n: String(n.logIndex) })}</div>
          <div class="note-text">{n.text}</div>
        </div>
      ))}
      {canWrite && (
        <form class="note-form" onSubmit={async (e) => { e.preventDefault(); if (await model.addNote(d.id, text.value.trim())) text.value = ''; }}>
          <textarea data-testid="case-note-text" rows={2} placeholder={kt('notePlaceholder')} value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} />
          <button type="submit" data-testid="case-note-add" disabled={!text.value.trim() || model.busy.value}>{kt('addNote')}</button>
        </form>
      )}
    </section>
  );
}

export function CaseTrail({ model, d, canWrite }: { model: CasesModel; d: CaseDetail; canWrite: boolean }) {
  const title = (id: string | null) => (id ? d.captures.find((m) => m.capture.id === id)?.capture.title : undefined);
  return (
    <>
      <Links model={model} d={d} canWrite={canWrite} />
      <Notes model={model} d={d} canWrite={canWrite} />
      <section class="panel" data-testid="case-timeline">
        <h3>{kt('timeline')}</h3>
        <ol class="timeline">
          {[...d.timeline].reverse().map((e) => (
            <li key={e.id} data-testid="timeline-event" data-kind={e.kind}>
              <span class="nowrap muted">{formatTime(e.at)}</span>{' '}
              <b>{ktOr(`ev.${e.kind}`, e.kind)}</b>{e.kind === 'recheck' ? '：' : ' '}
              <span data-testid="timeline-text">{eventText(e)}</span>
              {e.captureId && <span class="muted small"> · {kt('evidence')} <a href={`/captures/${encodeURIComponent(e.captureId)}`}>{title(e.captureId) ?? e.captureId.slice(0, 8)}</a></span>}
              <span class="muted small"> · {e.actor.name ?? e.actor.id}{e.logIndex !== null ? ` · ${kt('logged', { n: String(e.logIndex) })}` : ''}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
