import type { Locator, Page } from '@playwright/test';

/** The extension's settings (options.html): API URL, token, save, and the connection status line. */
export class SettingsPage {
  readonly apiUrl: Locator;
  readonly token: Locator;
  readonly saveButton: Locator;
  /** `data-state` is unknown | checking | ok | error; `data-reason` names a failure. */
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.apiUrl = page.getByTestId('settings-api-url');
    this.token = page.getByTestId('settings-token');
    this.saveButton = page.getByTestId('settings-save');
    this.status = page.getByTestId('settings-status');
  }

  async save(apiUrl: string, token: string) {
    await this.apiUrl.fill(apiUrl);
    await this.token.fill(token);
    await this.saveButton.click();
  }

  async switchLanguage() {
    await this.page.getByTestId('lang-toggle').click();
  }
}
