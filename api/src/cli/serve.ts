import { createApp } from '../app.ts';
import { openRuntime } from '../runtime.ts';
import { retryPendingTimestamps } from '../evidence/tsa.ts';
import { startHttpServer } from '../lib/http-server.ts';
import { command, parse, UsageError } from './command.ts';
import { startScheduler } from '../monitoring/scheduler.ts';

export const serveCommand = command(
  { name: 'serve', usage: 'serve [--port N] [--host H]', summary: 'API + workspace on the configured database' },
  async (args) => {
    const { values } = parse(args, { port: { type: 'string' }, host: { type: 'string' } });
    const { env, db, deps } = await openRuntime();
    const port = values.port === undefined ? env.PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`bad --port: ${values.port}`);
    const hostname = values.host ?? env.HOST;
    const app = createApp(deps);
    // Time-stamps a TSA could not give at upload time are asked for again every minute (issue 6).
    const tsaRetry = setInterval(() => {
      retryPendingTimestamps(deps).catch((err: unknown) => console.error('time-stamp retry failed:', err));
    }, 60_000);
    // Hourly spike detection and notification delivery; a lease in the database keeps several processes from
    // running the same hour twice (issue 11).
    const stopScheduler = startScheduler(deps);
    const { server, port: listening } = await startHttpServer(app.fetch, { port, hostname });
    console.log(`Vigil API and workspace: http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${listening}/`);
    console.log(`database: ${deps.config.databaseLabel}`);
    await new Promise<void>((done) => {
      const stop = () => {
        clearInterval(tsaRetry);
        stopScheduler();
        server.close(() => {
          db.$client.close();
          done();
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
);
