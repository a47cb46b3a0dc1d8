import { useEffect } from 'preact/hooks';
import type { MonitorModel } from './model.ts';
import { mt } from './text.ts';

/**
 * 品牌: which brand the overview, the 日报 / 周报 and their archive are for; empty is all brands. One choice shared by
 * those tabs, so each shows the picker it acts on (issue 15 leftovers: the archive per brand).
 */
export function BrandPicker({ model }: { model: MonitorModel }) {
  useEffect(() => void model.loadBrands(), []);
  return (
    <label>{mt('brand')} <select value={model.brand.value} onChange={(e) => (model.brand.value = (e.target as HTMLSelectElement).value)} data-testid="report-brand">
      <option value="">{mt('allBrands')}</option>
      {model.brands.value.map((b) => <option key={b} value={b}>{b}</option>)}
    </select></label>
  );
}
