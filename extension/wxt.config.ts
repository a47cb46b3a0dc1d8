import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { platformMatches } from './src/sites/index.ts';

// The API on this machine (what `npm start` serves) needs no prompt; any other API origin is asked for at runtime
// when the user saves it in the settings (api-url.ts isLoopback, models/settings.ts). Match patterns ignore ports.
const loopback = ['http://127.0.0.1/*', 'http://localhost/*'];

// Explicit imports everywhere (STYLE habit 6): no auto-imports.
export default defineConfig({
  srcDir: 'src',
  imports: false,
  zip: { sourcesRoot: '..' },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Vigil 舆情哨兵',
    description: '在微博、抖音、小红书、快手、B站、知乎、公众号和新闻页面上标记品牌风险、推荐统一口径、一键取证',
    // Firefox has neither sidePanel (it gets sidebar_action from the same entrypoint) nor pageCapture.
    permissions:
      browser === 'firefox'
        ? ['storage', 'tabs', 'activeTab', 'scripting', 'unlimitedStorage', 'alarms']
        : ['storage', 'tabs', 'activeTab', 'scripting', 'sidePanel', 'pageCapture', 'unlimitedStorage', 'alarms'],
    // The platform sites the content script runs on (the site registry, issue 9) and the local API.
    host_permissions: [...loopback, ...platformMatches],
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions: origins go into optional_permissions.
          optional_permissions: ['*://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'vigil@vigil.local',
              strict_min_version: '115.0',
              // Flagged posts and captured pages go to the team's own Vigil server (issue 2).
              data_collection_permissions: { required: ['websiteContent'] },
            },
          },
        }
      : // captureVisibleTab needs activeTab or exactly <all_urls> (not *://*/*): the capture asks for it (issue 6).
        // No `debugger` (issue 15): full pages are stitched with progress after the unit is taken; the CDP path in
        // screenshot.ts runs only in a build that declares `debugger` itself (and says why to its users).
        { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: 'Vigil 舆情哨兵' },
  }),
});
