import { useEffect, useRef } from 'preact/hooks';
import { formatCount } from '@vigil/shared/engine/risk';
import type { Level } from '@vigil/shared/engine/types';
import { dictionary } from '@vigil/shared/i18n/dictionary';
import { formatBeijing } from '@vigil/shared/i18n/beijing-time';
import { lang, levelLabel } from '../i18n.ts';
import type { CorrectedTabUnit, FlagPanelModel, LevelFilter } from './panel-model.ts';

// Flagging controls of the side panel (issue 4). Strings are local to keep the shared dictionary small; zh-CN first.
const words = dictionary(
  { all: '全部级别', scan: '扫描此页', pack: '规则包', synced: '同步于', demo: '演示规则包（未连接 API）', show: '在页面中显示', notUs: '与我们无关', marked: '已标记：与我们无关', level: '更正级别', gone: '页面上已不再显示此内容', reposts: '转发', comments: '评论', likes: '赞' },
  { all: 'All levels', scan: 'Scan this page', pack: 'Rule pack', synced: 'synced', demo: 'demo rule pack (no API connected)', show: 'Show in page', notUs: 'Not about us', marked: 'Marked: not about us', level: 'Correct level', gone: 'The page no longer shows this', reposts: 'reposts', comments: 'comments', likes: 'likes' },
);
type Word = Parameters<typeof words>[1];
const levels: Level[] = ['severe', 'moderate', 'mild', 'none'];
const beijing = (iso: string) => formatBeijing(iso, lang.value, 'minute');

export function FlagToolbar({ model, tabId }: { model: FlagPanelModel; tabId: number | null }) {
  const s = (key: Word) => words(lang.value, key);
  const pack = model.pack.value;
  return (
    <div class="flag-toolbar">
      <select data-testid="level-filter" value={model.filter.value} onChange={(e) => (model.filter.value = (e.currentTarget as HTMLSelectElement).value as LevelFilter)}>
        <option value="all">{s('all')}</option>
        {levels.map((l) => <option key={l} value={l}>{levelLabel(l)}</option>)}
      </select>
      {tabId !== null && <button type="button" data-testid="scan-page" onClick={() => void model.scan(tabId)}>{s('scan')}</button>}
      {pack && (
        <p class="pack" data-testid="pack-status" data-version={pack.version}>
          {pack.source === 'demo' ? s('demo') : `${s('pack')} ${pack.version}${pack.syncedAt ? ` · ${s('synced')} ${beijing(pack.syncedAt)}` : ''}`}
        </p>
      )}
      {model.loginWall.value && <p class="login-wall" role="alert" data-testid="login-wall">{model.loginWall.value}</p>}
      {model.notice.value && <p class="notice" data-testid="flag-notice">{model.notice.value}</p>}
    </div>
  );
}

export function UnitDetails({ model, unit, tabId }: { model: FlagPanelModel; unit: CorrectedTabUnit; tabId: number | null }) {
  const s = (key: Word) => words(lang.value, key);
  const c = unit.counts;
  const counts = c ? ([['reposts', c.reposts], ['comments', c.comments], ['likes', c.likes]] as const).filter(([, n]) => n !== undefined) : [];
  const focused = model.focusKey.value === unit.key;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focused) ref.current?.closest('li')?.scrollIntoView({ block: 'center' });
  }, [focused]);
  return (
    <div class="unit-details" ref={ref} data-focused={focused ? 'true' : undefined}>
      <p class="meta">
        <span class="brand">{unit.mentions[0]?.brand}</span>
        {unit.publishedAt && <time dateTime={unit.publishedAt}> · {beijing(unit.publishedAt)}</time>}
        {counts.map(([k, n]) => <span key={k}> · {s(k)} {formatCount(n ?? 0)}</span>)}
      </p>
      {unit.correction?.notAboutUs && <p class="corrected" data-testid="not-about-us-marked">{s('marked')}</p>}
      {tabId !== null && (
        <div class="actions">
          <button type="button" data-testid="show-in-page" onClick={() => void model.reveal(tabId, unit.key).then((r) => { if (!r.found) model.notice.value = s('gone'); })}>{s('show')}</button>
          <button type="button" data-testid="not-about-us" onClick={() => void model.correct(tabId, unit.key, { notAboutUs: true })}>{s('notUs')}</button>
          <select data-testid="correct-level" aria-label={s('level')} value={unit.correction?.level ?? unit.level} onChange={(e) => void model.correct(tabId, unit.key, { level: (e.currentTarget as HTMLSelectElement).value as Level })}>
            {levels.map((l) => <option key={l} value={l}>{levelLabel(l)}</option>)}
          </select>
        </div>
      )}
    </div>
  );
}
