import { useEffect } from 'preact/hooks';
import { noneLabel } from '@vigil/shared/i18n/vocabulary';
import { formatTime, lang } from '../../i18n.ts';
import { onLinkClick } from '../../router.ts';
import { ArtefactTable } from './artefact-table.tsx';
import { platformName } from './capture-list.tsx';
import { CustodyLog } from './custody-log.tsx';
import { EnvironmentPanel } from './environment-panel.tsx';
import type { CapturesModel, Detail } from './model.ts';
import { ct, ctOr } from './text.ts';
import { UnitPanel } from './unit-panel.tsx';
import { VerifyChecks } from './verify-checks.tsx';

/** Links to the captured page open in a new tab with no opener: the page is the platform's, not ours. */
const External = ({ href }: { href: string }) =>
  /^https?:\/\//i.test(href) ? <a href={href} target="_blank" rel="noopener noreferrer">{href}</a> : <span>{href}</span>;

function Facts({ d }: { d: Detail }) {
  const m = d.manifest;
  return (
    <dl class="facts" data-testid="capture-facts">
      <dt>{ct('url')}</dt><dd data-testid="capture-url"><External href={d.url} /></dd>
      <dt>{ct('pageTitle')}</dt><dd data-testid="capture-title">{d.title || '—'}</dd>
      <dt>{ct('kind')}</dt><dd>{d.kind === 'unit' ? ct('kindUnit') : ct('kindPage')} · {platformName(d.platform)}</dd>
      {m?.unit && (<><dt>{ct('unitKey')}</dt><dd><code>{m.unit.key}</code></dd></>)}
      {m?.unit?.permalink && (<><dt>{ct('permalink')}</dt><dd><External href={m.unit.permalink} /></dd></>)}
      <dt>{ct('capturer')}</dt><dd data-testid="capture-capturer">{d.capturer.name}</dd>
      {m && (<><dt>{ct('startedAt')}</dt><dd>{formatTime(m.times.startedAt)}</dd></>)}
      {m && (<><dt>{ct('finishedAt')}</dt><dd>{formatTime(m.times.finishedAt)}</dd></>)}
      <dt>{ct('receivedAt')}</dt><dd>{formatTime(d.receivedAt)}</dd>
      <dt>{ct('device')}</dt><dd><code>{d.deviceId}</code></dd>
      <dt>{ct('manifestSha')}</dt><dd><code class="hash" data-testid="capture-manifest-sha256">{d.manifestSha256}</code></dd>
      <dt>{ct('logIndex')}</dt><dd>{d.receipt.logIndex}</dd>
      <dt>{ct('timestamps')}</dt>
      <dd>{d.receipt.timestamps.length ? d.receipt.timestamps.map((s) => `${s.tsa}: ${ctOr(`ts.${s.status}`, s.status)}`).join('；') : noneLabel[lang.value]}</dd>
      <dt />
      {m ? <dd class="muted">{m.notes.vigilMarksHidden ? ct('marksHidden') : ct('marksShown')}</dd> : <dd class="error" data-testid="capture-manifest-unreadable">{ct('manifestUnreadable')}</dd>}
      {m?.notes.demo === true && (<><dt /><dd class="error" data-testid="capture-demo">{ct('demoCapture')}</dd></>)}
    </dl>
  );
}

/** `canExport`: evidence export is for legal and admin (issue 15); the API refuses other roles anyway. */
export function CaptureDetailView({ model, id, canExport }: { model: CapturesModel; id: string; canExport: boolean }) {
  useEffect(() => void model.open(id), [model, id]);
  const d = model.detail.value?.id === id ? model.detail.value : null;
  return (
    <div data-testid="capture-detail">
      <a href="/captures" onClick={onLinkClick} data-testid="capture-back">{ct('back')}</a>
      {model.detailLoading.value && !d && <p class="muted" data-testid="capture-loading">{ct('loading')}</p>}
      {model.detailError.value && <p class="error" role="alert" data-testid="capture-error">{model.detailError.value}</p>}
      {d && (
        <>
          <div class="bar head">
            <h3 class="grow">{d.title || d.url}</h3>
            {canExport && (
              <button type="button" class="primary" data-testid="capture-export" disabled={model.exporting.value} onClick={() => void model.exportPackage(id)}>
                {model.exporting.value ? ct('exporting') : ct('export')}
              </button>
            )}
          </div>
          {model.exportNote.value && <p class="note" data-testid="capture-exported">{model.exportNote.value}</p>}
          {model.exportError.value && <p class="error" role="alert" data-testid="capture-export-error">{model.exportError.value}</p>}
          <Facts d={d} />
          <UnitPanel model={model} />
          {d.manifest?.artefacts.some((a) => a.name === 'environment.json') && <EnvironmentPanel key={id} captureId={id} />}
          <VerifyChecks model={model} id={id} />
          {d.manifest && <ArtefactTable captureId={id} artefacts={d.manifest.artefacts} />}
          <CustodyLog detail={d} />
        </>
      )}
    </div>
  );
}
