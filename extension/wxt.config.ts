import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Explicit imports everywhere (STYLE habit 6): no auto-imports.
export default defineConfig({
  srcDir: 'src',
  imports: false,
  zip: { sourcesRoot: '..' },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Vigil 舆情哨兵',
    description: '在微博、抖音和新闻页面上标记品牌风险、推荐统一口径、一键取证',
    default_locale: undefined,
    permissions:
      browser === 'firefox'
        ? ['storage', 'tabs', 'activeTab', 'scripting']
        : ['storage', 'tabs', 'activeTab', 'scripting', 'sidePanel', 'pageCapture', 'unlimitedStorage'],
    optional_permissions: browser === 'firefox' ? [] : ['debugger'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Vigil 舆情哨兵' },
  }),
});
