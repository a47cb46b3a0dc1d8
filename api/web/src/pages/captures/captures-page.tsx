import type { Role } from '@vigil/shared/schemas/common';
import { path } from '../../router.ts';
import { CaptureDetailView } from './capture-detail.tsx';
import { CaptureList } from './capture-list.tsx';
import './captures.css';
import type { CapturesModel } from './model.ts';
import { ct } from './text.ts';

/** /captures (the list) and /captures/:id (one capture). Staff see their own; the API decides who sees what. */
export function CapturesPage({ model, role }: { model: CapturesModel; role: Role }) {
  const id = decodeURIComponent(path.value.replace(/^\/captures\/?/, '').split('/')[0] ?? '');
  return (
    <section class="captures" data-testid="captures-page">
      <h2>{ct('title')}</h2>
      {id ? <CaptureDetailView model={model} id={id} canExport={role === 'legal' || role === 'admin'} /> : (
        <>
          <p class="muted">{ct('intro')}</p>
          <CaptureList model={model} allCapturers={role !== 'staff'} />
        </>
      )}
    </section>
  );
}
