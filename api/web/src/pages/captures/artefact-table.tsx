import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ArtefactEntry } from '@vigil/shared/schemas/capture';
import { errorText } from '../../errors.ts';
import { artefactUrl, imageUrl } from './download.ts';
import { ct, ctOr, formatBytes } from './text.ts';

const previewable = (a: ArtefactEntry) => /^image\/(png|jpeg|webp)$/i.test(a.type);

/** A screenshot shown from an object URL of the fetched bytes; only raster images, never captured markup. */
function Preview({ captureId, artefact }: { captureId: string; artefact: ArtefactEntry }) {
  const url = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  useEffect(() => {
    let alive = true;
    let made: string | null = null;
    imageUrl(captureId, artefact.name).then(
      (u) => {
        made = u;
        if (alive) (u ? (url.value = u) : (error.value = ct('fail')));
      },
      (err: unknown) => alive && (error.value = errorText(err)),
    );
    return () => {
      alive = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [captureId, artefact.name]);
  return (
    <tr class="preview-row">
      <td colSpan={6}>
        {error.value && <p class="error" role="alert">{error.value}</p>}
        {!url.value && !error.value && <p class="muted">{ct('previewing')}</p>}
        {url.value && <img src={url.value} alt={artefact.name} data-testid="artefact-image" class="shot" />}
      </td>
    </tr>
  );
}

/**
 * Every file of the manifest with its size, SHA-256 and a download link (an attachment). Downloads and previews are
 * custody events; the log on screen is re-read only after an export, since re-reading the capture is itself a view.
 */
export function ArtefactTable({ captureId, artefacts }: { captureId: string; artefacts: ArtefactEntry[] }) {
  const open = useSignal<string | null>(null);
  const toggle = (name: string) => {
    open.value = open.value === name ? null : name;
  };
  return (
    <section class="panel" data-testid="capture-artefacts">
      <h3>{ct('artefacts')}</h3>
      <table>
        <thead>
          <tr><th>{ct('name')}</th><th>{ct('type')}</th><th>{ct('size')}</th><th>{ct('provenance')}</th><th>SHA-256</th><th /></tr>
        </thead>
        <tbody>
          {artefacts.map((a) => [
            <tr key={a.name} data-testid="artefact-row" data-name={a.name}>
              <td><code>{a.name}</code></td>
              <td class="muted">{a.type}</td>
              <td class="nowrap" data-testid="artefact-size">{formatBytes(a.size)}</td>
              <td>{ctOr(`prov.${a.provenance}`, a.provenance)}</td>
              <td><code class="hash" data-testid="artefact-sha256">{a.sha256}</code></td>
              <td class="nowrap">
                <a href={artefactUrl(captureId, a.name)} download={a.name} data-testid="artefact-download">{ct('download')}</a>
                {previewable(a) && (
                  <>
                    {' · '}
                    <button type="button" class="link" data-testid="artefact-preview" onClick={() => toggle(a.name)}>
                      {open.value === a.name ? ct('hidePreview') : ct('preview')}
                    </button>
                  </>
                )}
              </td>
            </tr>,
            open.value === a.name ? <Preview key={`${a.name}:preview`} captureId={captureId} artefact={a} /> : null,
          ])}
        </tbody>
      </table>
    </section>
  );
}
