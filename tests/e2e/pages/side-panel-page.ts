import { expect, type Locator, type Page } from '@playwright/test';

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

  /**
   * Opens a unit's card (the compact panel shows reasons, replies and actions only once a unit is opened, issue 13);
   * a 无风险 unit's group is unfolded first. Leaves an open card open.
   */
  async open(unit: Locator): Promise<Locator> {
    const row = unit.locator('.unit-row');
    if (!(await row.isVisible())) await this.page.getByTestId('units-calm').locator('summary').click();
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    await expect(row).toHaveAttribute('aria-expanded', 'true');
    return unit;
  }
}
