import { send } from '../messaging.ts';
import type { IncidentsTransport } from './panel-model.ts';

/** The side panel's incidents over extension messaging (issue 11 item 7). */
export const incidentsTransport = (): IncidentsTransport => ({ open: () => send('incidents:open') });
