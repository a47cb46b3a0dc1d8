import type { Locator, Page } from '@playwright/test';

/** The workspace's 采集证据 section: the filtered list and one capture's detail. */
export class CapturesPage {
  readonly rows: Locator;
  readonly search: Locator;
  readonly apply: Locator;
  readonly total: Locator;
  readonly detail: Locator;
  readonly verdict: Locator;
  readonly checks: Locator;
  readonly artefacts: Locator;
  readonly custody: Locator;
  readonly exportButton: Locator;
  readonly exported: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('capture-row');
    this.search = page.getByTestId('captures-search');
    this.apply = page.getByTestId('captures-apply');
    this.total = page.getByTestId('captures-total');
    this.detail = page.getByTestId('capture-detail');
    this.verdict = page.getByTestId('capture-verdict');
    this.checks = page.getByTestId('capture-check');
    this.artefacts = page.getByTestId('artefact-row');
    this.custody = page.getByTestId('custody-row');
    this.exportButton = page.getByTestId('capture-export');
    this.exported = page.getByTestId('capture-exported');
  }

  row(captureId: string): Locator {
    return this.page.locator(`[data-testid="capture-row"][data-id="${captureId}"]`);
  }

  async searchFor(text: string) {
    await this.search.fill(text);
    await this.apply.click();
  }

  async open(captureId: string) {
    await this.row(captureId).getByTestId('capture-open').click();
  }

  artefact(name: string): Locator {
    return this.page.locator(`[data-testid="artefact-row"][data-name="${name}"]`);
  }
}
