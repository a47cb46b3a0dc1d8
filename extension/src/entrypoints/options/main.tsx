import { render } from 'preact';
import '../../components/ui.css';
import { LangToggle } from '../../components/lang-toggle.tsx';
import { SettingsForm } from '../../components/settings-form.tsx';
import { t } from '../../i18n.ts';
import { createLanguageModel } from '../../models/language.ts';
import { createSettingsModel } from '../../models/settings.ts';
import { stores } from '../../storage.ts';
import { settingsTransport } from '../../transports.ts';

// Wiring only (STYLE habit 5): the settings page of both browsers.
const model = createSettingsModel(settingsTransport());
const language = createLanguageModel(stores().settings, new AbortController().signal);

function App() {
  document.documentElement.lang = language.lang.value === 'zh' ? 'zh-CN' : 'en';
  return (
    <main class="settings-page">
      <header class="bar">
        <h1>{`${t('app.name')} · ${t('settings.title')}`}</h1>
        <LangToggle model={language} />
      </header>
      <SettingsForm model={model} />
    </main>
  );
}

await model.load();
render(<App />, document.getElementById('app')!);
