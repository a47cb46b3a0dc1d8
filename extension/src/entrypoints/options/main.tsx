import { render } from 'preact';
import '../../components/ui.css';
import { LangToggle } from '../../components/lang-toggle.tsx';
import { SettingsForm } from '../../components/settings-form.tsx';
import { t } from '../../i18n.ts';
import { createLanguageModel } from '../../models/language.ts';
import { createSettingsModel } from '../../models/settings.ts';
import { createNewsAccessModel } from '../../flagging/news-access.ts';
import { newsAccessTransport } from '../../flagging/news-access-transport.ts';
import { NewsAccessSettings } from '../../flagging/news-access-view.tsx';
import { stores } from '../../storage.ts';
import { settingsTransport } from '../../transports.ts';

// Wiring only (STYLE habit 5): the settings page of both browsers.
const model = createSettingsModel(settingsTransport());
const lifetime = new AbortController();
const language = createLanguageModel(stores().settings, lifetime.signal);
const newsAccess = createNewsAccessModel(newsAccessTransport());

function App() {
  document.documentElement.lang = language.lang.value === 'zh' ? 'zh-CN' : 'en';
  return (
    <main class="settings-page">
      <header class="bar">
        <h1>{`${t('app.name')} · ${t('settings.title')}`}</h1>
        <LangToggle model={language} />
      </header>
      <SettingsForm model={model} />
      <NewsAccessSettings model={newsAccess} />
    </main>
  );
}

await model.load();
render(<App />, document.getElementById('app')!);
// After the first render: the pack may come from a slow API; the list fills in when it arrives.
void newsAccess.start(lifetime.signal);
