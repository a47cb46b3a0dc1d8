import './zod-jitless.ts';
import { render } from 'preact';
import './styles.css';
import { api } from './api.ts';
import { App } from './components/app.tsx';
import { createSessionModel } from './models/session.ts';
import { createTokensModel } from './models/tokens.ts';
import { createRepliesModel } from './pages/replies/model.ts';
import { createUsersModel } from './pages/users/model.ts';
import { createCapturesModel } from './pages/captures/model.ts';
import { createBrandsModel } from './pages/brands/model.ts';
import { createCasesModel } from './pages/cases/model.ts';
import { createMonitorModel } from './pages/monitor/model.ts';
import { createAdaptersModel } from './pages/adapters/model.ts';

// Wiring only: models over the typed API client, then the app.
const session = createSessionModel(api);
const tokens = createTokensModel(api, session.expired);
const replies = createRepliesModel(api, session.expired);
const users = createUsersModel(api, session.expired);
const captures = createCapturesModel(api, session.expired);
const brands = createBrandsModel(api, session.expired);
const cases = createCasesModel(api, session.expired);
const monitor = createMonitorModel(api, session.expired);
const adapters = createAdaptersModel(api, session.expired);

render(<App models={{ session, tokens, replies, users, captures, brands, cases, monitor, adapters }} />, document.getElementById('app')!);
void session.load();
