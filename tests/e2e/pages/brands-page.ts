import type { Locator, Page } from '@playwright/test';

/** The workspace's 品牌规则 section: brand cards with their form, the risk-term table, the pack version, 试一试. */
export class BrandsPage {
  readonly addButton: Locator;
  readonly form: Locator;
  readonly formError: Locator;
  readonly version: Locator;
  readonly tryText: Locator;
  readonly tryRun: Locator;
  readonly tryResult: Locator;

  constructor(readonly page: Page) {
    this.addButton = page.getByTestId('brand-add');
    this.form = page.getByTestId('brand-form');
    this.formError = page.getByTestId('brand-error');
    this.version = page.getByTestId('pack-version');
    this.tryText = page.getByTestId('try-text');
    this.tryRun = page.getByTestId('try-run');
    this.tryResult = page.getByTestId('try-result');
  }

  brand(name: string): Locator {
    return this.page.locator(`[data-testid="brand-row"][data-name="${name}"]`);
  }

  term(term: string): Locator {
    return this.page.locator(`[data-testid="term-row"][data-term="${term}"]`);
  }

  /** Fills the open brand form; lists are one entry per line. */
  async fill(input: { name?: string; aliases?: string[]; excludes?: string[]; people?: string[] }) {
    if (input.name !== undefined) await this.form.getByTestId('brand-name').fill(input.name);
    for (const field of ['aliases', 'excludes', 'people'] as const) {
      const words = input[field];
      if (words) await this.form.getByTestId(`brand-${field}`).fill(words.join('\n'));
    }
  }

  async save() {
    await this.form.getByTestId('brand-save').click();
  }
}
