import type { Locator, Page } from '@playwright/test';

/** The side panel opened as a page (`sidepanel.html?tabId=N`): connection, the tab shown, its units. */
export class SidePanelPage {
  readonly connection: Locator;
  readonly tabUrl: Locator;
  readonly tab: Locator;
  /** Every analysed unit row; `data-level` and `data-brand` say what was found. */
  readonly units: Locator;
  readonly noUnits: Locator;

  constructor(readonly page: Page) {
    this.connection = page.getByTestId('connection-status');
    this.tab = page.getByTestId('panel-tab');
    this.tabUrl = page.getByTestId('panel-tab-url');
    this.units = page.getByTestId('unit');
    this.noUnits = page.getByTestId('units-empty');
  }

  unitsAt(level: 'none' | 'mild' | 'moderate' | 'severe'): Locator {
    return this.page.locator(`[data-testid="unit"][data-level="${level}"]`);
  }
}
