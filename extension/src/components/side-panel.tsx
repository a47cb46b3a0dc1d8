import { t } from '../i18n.ts';
import type { CaptureModel } from '../models/capture.ts';
import type { LanguageModel } from '../models/language.ts';
import type { SidePanelModel } from '../models/side-panel.ts';
import type { ReplySuggestionsModel } from '../replies/suggestions-model.ts';
import type { FlagPanelModel } from '../flagging/panel-model.ts';
import { EmptyState } from '../flagging/empty-state.tsx';
import type { NewsAccessModel } from '../flagging/news-access.ts';
import { NewsAccessBanner } from '../flagging/news-access-view.tsx';
import type { EscalateModel } from '../escalation/panel-model.ts';
import { CapturePanel } from './capture-panel.tsx';
import { IncidentsSection } from '../incidents/incidents-view.tsx';
import type { IncidentsModel } from '../incidents/panel-model.ts';
import { FlagToolbar } from '../flagging/panel-controls.tsx';
import { ConnectionStatus } from './connection-status.tsx';
import { LangToggle } from './lang-toggle.tsx';
import { OwnAccounts } from './own-accounts.tsx';
import type { RecheckNoticeModel } from '../models/recheck-notice.ts';
import { RecheckNotice } from './recheck-notice.tsx';
import { UnitList } from './unit-list.tsx';

/**
 * The tab's address as a person reads it: a search for 青禾乳业 shows `?q=青禾乳业`, not `?q=%E9%9D%92…`. Reserved
 * characters stay escaped (decodeURI), and an address that is not valid percent-encoding is shown as it is.
 */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

export function SidePanel(props: { model: SidePanelModel; language: LanguageModel; openSettings: () => void; capture?: CaptureModel; replies?: ReplySuggestionsModel; flags?: FlagPanelModel; newsAccess?: NewsAccessModel; escalate?: EscalateModel; incidents?: IncidentsModel; recheck?: RecheckNoticeModel }) {
  const { model } = props;
  const tab = model.tab.value;
  return (
    <main class="panel">
      <header class="bar">
        <h1>{t('app.name')}</h1>
        <LangToggle model={props.language} />
        <button type="button" class="link" data-testid="open-settings" onClick={props.openSettings}>
          {t('settings.open')}
        </button>
      </header>
      <ConnectionStatus model={model.connection} testId="connection-status" />
      {props.incidents && <IncidentsSection model={props.incidents} />}
      <section class="tab" data-testid="panel-tab" data-tab-id={tab?.id ?? ''}>
        <h2>{t('panel.tab')}</h2>
        {tab ? (
          <>
            <p class="tab-title">{tab.title}</p>
            <p class="tab-url" data-testid="panel-tab-url" title={tab.url}>{readableUrl(tab.url)}</p>
            {props.recheck && <RecheckNotice model={props.recheck} />}
          </>
        ) : (
          <p class="empty">{t('panel.noTab')}</p>
        )}
      </section>
      <section>
        <h2>{t('panel.units')}</h2>
        {props.newsAccess && <NewsAccessBanner model={props.newsAccess} url={tab?.url} />}
        {props.flags && <FlagToolbar model={props.flags} tabId={tab?.id ?? null} />}
        {!model.loading.value && (
          <UnitList
            {...(props.flags && tab ? { empty: <EmptyState flags={props.flags} url={tab.url} total={model.units.value.length} {...(props.newsAccess ? { access: props.newsAccess } : {})} /> } : {})}
            units={props.flags ? props.flags.apply(model.units.value) : model.units.value}
            tabId={tab?.id ?? null}
            {...(props.flags ? { flags: props.flags } : {})}
            {...(props.replies ? { replies: props.replies } : {})}
            {...(props.escalate ? { escalate: props.escalate } : {})}
            {...(tab ? { pageUrl: tab.url } : {})}
            {...(props.capture ? { capture: props.capture } : {})}
            {...(props.capture && tab ? { onCapture: (key: string) => void props.capture!.capture(tab.id, 'unit', key) } : {})}
          />
        )}
        {!model.loading.value && <OwnAccounts units={model.own.value} />}
      </section>
      {props.capture && <CapturePanel model={props.capture} tabId={tab?.id ?? null} />}
    </main>
  );
}
