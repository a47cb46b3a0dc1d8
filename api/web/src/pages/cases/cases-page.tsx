import type { Role } from '@vigil/shared/schemas/common';
import { path } from '../../router.ts';
import { CaseDetailView } from './case-detail.tsx';
import { CaseList } from './case-list.tsx';
import './cases.css';
import type { CasesModel } from './model.ts';
import { kt } from './text.ts';

/** /cases (list) and /cases/:id (one case). PR leads read; legal and admin work the case (issue 10). */
export function CasesPage({ model, role, meId }: { model: CasesModel; role: Role; meId: string }) {
  const id = decodeURIComponent(path.value.replace(/^\/cases\/?/, '').split('/')[0] ?? '');
  const canWrite = role === 'legal' || role === 'admin';
  return (
    <section class="cases" data-testid="cases-page">
      <h2>{kt('title')}</h2>
      {id ? <CaseDetailView model={model} id={id} canWrite={canWrite} meId={meId} /> : (
        <>
          <p class="muted">{kt('intro')}</p>
          <CaseList model={model} canWrite={canWrite} meId={meId} />
        </>
      )}
    </section>
  );
}
