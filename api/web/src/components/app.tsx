import { lang } from '../i18n.ts';
import type { SessionModel } from '../models/session.ts';
import type { TokensModel } from '../models/tokens.ts';
import { sectionFor, type Section } from '../pages/nav.ts';
import { path } from '../router.ts';
import type { RepliesModel } from '../pages/replies/model.ts';
import { RepliesPage } from '../pages/replies/replies-page.tsx';
import { ComingSoon } from './coming-soon.tsx';
import { LoginPage } from './login-page.tsx';
import { Shell } from './shell.tsx';
import { TokensPage } from './tokens-page.tsx';
import type { UsersModel } from '../pages/users/model.ts';
import type { CapturesModel } from '../pages/captures/model.ts';
import { CapturesPage } from '../pages/captures/captures-page.tsx';
import type { BrandsModel } from '../pages/brands/model.ts';
import { BrandsPage } from '../pages/brands/brands-page.tsx';
import { UsersPage } from '../pages/users/users-page.tsx';
import type { CasesModel } from '../pages/cases/model.ts';
import { CasesPage } from '../pages/cases/cases-page.tsx';
import type { MonitorModel } from '../pages/monitor/model.ts';
import { MonitorPage } from '../pages/monitor/monitor-page.tsx';
import type { AdaptersModel } from '../pages/adapters/model.ts';
import { AdaptersPage } from '../pages/adapters/adapters-page.tsx';

export interface AppModels {
  session: SessionModel;
  tokens: TokensModel;
  replies: RepliesModel;
  users: UsersModel;
  captures: CapturesModel;
  brands: BrandsModel;
  cases: CasesModel;
  monitor: MonitorModel;
  adapters: AdaptersModel;
}

function Page({ section, models }: { section: Section; models: AppModels }) {
  if (section.id === 'tokens') return <TokensPage model={models.tokens} />;
  if (section.id === 'users') return <UsersPage model={models.users} meId={models.session.me.value!.user.id} />;
  if (section.id === 'cases') return <CasesPage model={models.cases} role={models.session.me.value!.user.role} meId={models.session.me.value!.user.id} />;
  if (section.id === 'captures') return <CapturesPage model={models.captures} role={models.session.me.value!.user.role} />;
  if (section.id === 'brands') return <BrandsPage model={models.brands} role={models.session.me.value!.user.role} />;
  if (section.id === 'replies') return <RepliesPage model={models.replies} role={models.session.me.value!.user.role} />;
  if (section.id === 'adapters') return <AdaptersPage model={models.adapters} />;
  if (section.id === 'reports') return <MonitorPage model={models.monitor} role={models.session.me.value!.user.role} meId={models.session.me.value!.user.id} />;
  return <ComingSoon title={section.label} what={`coming.${section.id}`} />;
}

/** Login until signed in, then the shell with the section the URL names. */
export function App({ models }: { models: AppModels }) {
  const { session } = models;
  document.documentElement.lang = lang.value === 'zh' ? 'zh-CN' : 'en';
  if (!session.ready.value) return null;
  const me = session.me.value;
  if (!me) return <LoginPage session={session} />;
  const section = sectionFor(path.value, me.user.role);
  return (
    <Shell me={me} current={section} onLogout={() => void session.logout()}>
      <Page section={section} models={models} />
    </Shell>
  );
}
