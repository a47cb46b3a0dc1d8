import type { Locator, Page } from '@playwright/test';

export type Section = 'captures' | 'replies' | 'brands' | 'reports' | 'users' | 'adapters' | 'tokens';

/** The web workspace served by the API: login page, then the shell with its section menu. */
export class WorkspacePage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly loginError: Locator;
  readonly user: Locator;
  readonly role: Locator;
  readonly logoutButton: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.email = page.getByTestId('login-email');
    this.password = page.getByTestId('login-password');
    this.submit = page.getByTestId('login-submit');
    this.loginError = page.getByTestId('login-error');
    this.user = page.getByTestId('shell-user');
    this.role = page.getByTestId('shell-role');
    this.logoutButton = page.getByTestId('logout');
  }

  async open(path = '/') {
    await this.page.goto(`${this.baseUrl}${path}`);
  }

  async login(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  nav(section: Section): Locator {
    return this.page.getByTestId(`nav-${section}`);
  }

  async goTo(section: Section) {
    await this.nav(section).click();
  }

  async logout() {
    await this.logoutButton.click();
  }
}
