import { effect } from '@preact/signals';
import { render } from 'preact';
import '../../components/ui.css';
import { SidePanel } from '../../components/side-panel.tsx';
import { captureTransport } from '../../capture/panel-transport.ts';
import { createCaptureModel } from '../../models/capture.ts';
import { flagPanelTransport } from '../../flagging/panel-transport.ts';
import { createFlagPanelModel } from '../../flagging/panel-model.ts';
import { createNewsAccessModel } from '../../flagging/news-access.ts';
import { newsAccessTransport } from '../../flagging/news-access-transport.ts';
import { createLanguageModel } from '../../models/language.ts';
import { createEscalateModel } from '../../escalation/panel-model.ts';
import { escalateTransport } from '../../escalation/panel-transport.ts';
import { createIncidentsModel } from '../../incidents/panel-model.ts';
import { incidentsTransport } from '../../incidents/panel-transport.ts';
import { createRecheckNoticeModel } from '../../models/recheck-notice.ts';
import { createSidePanelModel } from '../../models/side-panel.ts';
import { replyTransport } from '../../replies/panel-transport.ts';
import { createReplySuggestionsModel } from '../../replies/suggestions-model.ts';
import { stores } from '../../storage.ts';
import { sidePanelTransport } from '../../transports.ts';

// Wiring only (STYLE habit 5). `sidepanel.html?tabId=N` shows tab N; without it, the active tab of this window.
const param = new URLSearchParams(location.search).get('tabId');
const tabId = param !== null && /^\d+$/.test(param) ? Number(param) : null;
const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort());

const model = createSidePanelModel(sidePanelTransport(), { tabId, signal: lifetime.signal });
const capture = createCaptureModel(captureTransport(), { signal: lifetime.signal });
const language = createLanguageModel(stores().settings, lifetime.signal);
const flags = createFlagPanelModel(flagPanelTransport());
lifetime.signal.addEventListener('abort', effect(() => void flags.watchTab(model.tab.value?.id ?? null)), { once: true });
const recheck = createRecheckNoticeModel({ refusal: stores().recheckRefused, settings: stores().settings });
lifetime.signal.addEventListener('abort', effect(() => void recheck.watchTab(model.tab.value?.id ?? null)), { once: true });
const newsAccess = createNewsAccessModel(newsAccessTransport());
const replies = createReplySuggestionsModel(replyTransport(), () => model.tab.value?.id ?? null);
const escalate = createEscalateModel(escalateTransport());
const incidents = createIncidentsModel(incidentsTransport());

function App() {
  document.documentElement.lang = language.lang.value === 'zh' ? 'zh-CN' : 'en';
  return <SidePanel model={model} language={language} openSettings={() => void chrome.runtime.openOptionsPage()} capture={capture} replies={replies} flags={flags} newsAccess={newsAccess} escalate={escalate} incidents={incidents} recheck={recheck} />;
}

render(<App />, document.getElementById('app')!);
void model.start();
void capture.start();
void flags.refreshPack();
void recheck.start(lifetime.signal);
void newsAccess.start(lifetime.signal);
void escalate.start(lifetime.signal);
void incidents.start(lifetime.signal);
