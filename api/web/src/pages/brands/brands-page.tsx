import { useEffect } from 'preact/hooks';
import type { Role } from '@vigil/shared/schemas/common';
import { BrandList } from './brand-list.tsx';
import './brands.css';
import type { BrandsModel } from './model.ts';
import { SettingsPanel } from './settings-panel.tsx';
import { TermsTable } from './terms-table.tsx';
import { bt } from './text.ts';
import { TryBox } from './try-box.tsx';

/** /brands: PR leads and admins maintain the rule pack; legal may read it (the API's roles decide). */
export function BrandsPage({ model, role }: { model: BrandsModel; role: Role }) {
  useEffect(() => void model.load(), [model]);
  const canEdit = role === 'pr_lead' || role === 'admin';
  const pack = model.pack.value;
  return (
    <section class="brands" data-testid="brands-page">
      <h2>{bt('title')}</h2>
      <p class="muted">{bt('intro')}</p>
      {!canEdit && <p class="note" data-testid="brands-readonly">{bt('readOnly')}</p>}
      <p>
        {bt('version')}：<code data-testid="pack-version">{pack?.version ?? '…'}</code>
      </p>
      {model.loading.value && <p class="muted">{bt('loading')}</p>}
      <div class="brands-grid">
        <div>
          <BrandList model={model} canEdit={canEdit} />
          <TermsTable model={model} canEdit={canEdit} />
          <SettingsPanel model={model} canEdit={canEdit} />
        </div>
        <TryBox model={model} />
      </div>
    </section>
  );
}
