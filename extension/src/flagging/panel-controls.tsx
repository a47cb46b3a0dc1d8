import { useEffect, useRef } from 'preact/hooks';
import { formatCount } from '@vigil/shared/engine/risk';
import type { Level } from '@vigil/shared/engine/types';
import { dictionary } from '@vigil/shared/i18n/dictionary';
import { formatBeijing } from '@vigil/shared/i18n/beijing-time';
import { lang, levelLabel } from '../i18n.ts';
import type { CorrectedTabUnit, FlagPanelModel, LevelFilter } from './panel-model.ts';
import { reasonIn } from './reason-text.ts';

// Flagging controls of the side panel (issues 4 and 13); zh-CN first, every string in both languages.
const words = dictionary(
  { all: '全部级别', scan: '扫描此页', pack: '规则包', synced: '同步于', demo: '演示规则包（未连接 API）', show: '在页面中显示', notUs: '与我们无关', marked: '已标记：与我们无关', undo: '撤销', level: '更正级别', gone: '页面上已不再显示此内容', shown: '已在页面中标出', reposts: '转发', comments: '评论', likes: '赞', sent: '已更正并提交，工作台已收到', local: '已在本机更正；未能提交：{reason}', restored: '已撤销，重新列入' },
  { all: 'All levels', scan: 'Scan this page', pack: 'Rule pack', synced: 'synced', demo: 'demo rule pack (no API connected)', show: 'Show in page', notUs: 'Not about us', marked: 'Marked: not about us', undo: 'Undo', level: 'Correct level', gone: 'The page no longer shows this', shown: 'Marked in the page', reposts: 'reposts', comments: 'comments', likes: 'likes', sent: 'Corrected and sent to the workspace', local: 'Corrected here; not sent: {reason}', restored: 'Undone: listed again' },
);
type Word = Parameters<typeof words>[1];
const s = (key: Word, params?: Record<string, string>) => words(lang.value, key, params);
const levels: Level[] = ['severe', 'moderate', 'mild', 'none'];
const beijing = (iso: string) => formatBeijing(iso, lang.value, 'minute');

/** The level a person gave wins over the engine's. */
export const levelOf = (u: CorrectedTabUnit): Level => u.correction?.level ?? u.level;

export function FlagToolbar({ model, tabId }: { model: FlagPanelModel; tabId: number | null }) {
  const pack = model.pack.value;
  return (
    <div class="flag-toolbar">
      <div class="row">
        <select data-testid="level-filter" value={model.filter.value} onChange={(e) => (model.filter.value = (e.currentTarget as HTMLSelectElement).value as LevelFilter)}>
          <option value="all">{s('all')}</option>
          {levels.map((l) => <option key={l} value={l}>{levelLabel(l)}</option>)}
        </select>
        {tabId !== null && <button type="button" data-testid="scan-page" onClick={() => void model.scan(tabId)}>{s('scan')}</button>}
      </div>
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

/** Reach in a few characters: the biggest count the page shows. */
export function reachOf(u: CorrectedTabUnit): string {
  const c = u.counts;
  if (!c) return '';
  const [k, n] = ([['reposts', c.reposts], ['comments', c.comments], ['likes', c.likes]] as const).filter(([, v]) => v).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0] ?? [];
  return k && n ? `${s(k)} ${formatCount(n)}` : '';
}

export function Reasons({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return <ul class="reasons" data-testid="unit-reasons">{reasons.map((r) => <li key={r}>{reasonIn(r, lang.value)}</li>)}</ul>;
}

export function UnitDetails({ model, unit, tabId }: { model: FlagPanelModel; unit: CorrectedTabUnit; tabId: number | null }) {
  const c = unit.counts;
  const counts = c ? ([['reposts', c.reposts], ['comments', c.comments], ['likes', c.likes]] as const).filter(([, n]) => n !== undefined) : [];
  const focused = model.focusKey.value === unit.key;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focused) ref.current?.closest('li')?.scrollIntoView({ block: 'center' });
  }, [focused]);
  const done = model.corrected.value[unit.key];
  const reveal = (id: number) => void model.reveal(id, unit.key).then((r) => { model.notice.value = r.found ? null : s('gone'); });
  return (
    <div class="unit-details" ref={ref} data-focused={focused ? 'true' : undefined}>
      <p class="meta">
        <span class="brand">{unit.mentions[0]?.brand}</span>
        {unit.publishedAt && <time dateTime={unit.publishedAt}> · {beijing(unit.publishedAt)}</time>}
        {counts.map(([k, n]) => <span key={k}> · {s(k)} {formatCount(n ?? 0)}</span>)}
      </p>
      {tabId !== null && (
        <div class="actions">
          <button type="button" data-testid="show-in-page" onClick={() => reveal(tabId)}>{s('show')}</button>
          <button type="button" data-testid="not-about-us" onClick={() => void model.correct(tabId, unit.key, { notAboutUs: true })}>{s('notUs')}</button>
          <select data-testid="correct-level" aria-label={s('level')} title={s('level')} value={levelOf(unit)} onChange={(e) => void model.correct(tabId, unit.key, { level: (e.currentTarget as HTMLSelectElement).value as Level })}>
            {levels.map((l) => <option key={l} value={l}>{levelLabel(l)}</option>)}
          </select>
        </div>
      )}
      {done && !done.undo && (
        <p class={`corrected ${done.ok ? 'ok' : 'warn'}`} data-testid="correction-status" role="status">
          {done.ok ? s('sent') : s('local', { reason: done.reason ?? '' })}
        </p>
      )}
    </div>
  );
}

/** A unit marked 与我们无关: one line, moved out of the list, with undo. */
export function NotAboutUsRow({ model, unit, tabId }: { model: FlagPanelModel; unit: CorrectedTabUnit; tabId: number | null }) {
  return (
    <li class="unit not-us" data-testid="unit" data-level={levelOf(unit)} data-brand={unit.mentions[0]?.brand ?? ''} data-key={unit.key}>
      <span class="snippet">{unit.author ? `${unit.author}：` : ''}{unit.text}</span>
      <span class="corrected" data-testid="not-about-us-marked">{s('marked')}</span>
      {tabId !== null && <button type="button" class="link" data-testid="not-about-us-undo" onClick={() => void model.correct(tabId, unit.key, { notAboutUs: false })}>{s('undo')}</button>}
    </li>
  );
}
