import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { testApp } from '../../../api/src/test-support/app.ts';
import { userWithToken } from '../../../api/src/test-support/users.ts';

/**
 * A real Vigil API on a random loopback port (fresh database), so the extension's client and models are tested
 * over real HTTP. `stop()` closes it.
 */
export async function startRealApi() {
  const { app, deps } = await testApp();
  const server = await listen((port) => serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }) as Server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    deps,
    /** A new user of `role` with a fresh personal access token. */
    userWithToken: (role: Parameters<typeof userWithToken>[1], name?: string) => userWithToken(deps, role, { name }),
    revoke: (token: string) => revokeWith(url, token),
    stop: () => close(server),
  };
}

/** Revokes `token` through the API, as its owner would from the workspace. */
async function revokeWith(url: string, token: string) {
  const headers = { authorization: `Bearer ${token}` };
  const { items } = (await (await fetch(`${url}/api/tokens`, { headers })).json()) as { items: { id: string }[] };
  for (const t of items) await fetch(`${url}/api/tokens/${t.id}`, { method: 'DELETE', headers });
}

/** A loopback URL where nothing listens: a server is started on port 0 and closed again. */
export async function closedPortUrl(): Promise<string> {
  const server = await listen(() => createServer().listen(0, '127.0.0.1'));
  const { port } = server.address() as AddressInfo;
  await close(server);
  return `http://127.0.0.1:${port}`;
}

/** A web server that is not Vigil: every path answers an HTML 404, like a wrong URL would. */
export async function startOtherServer() {
  const server = await listen(() =>
    createServer((_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>')).listen(0, '127.0.0.1'),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => close(server) };
}

function listen(start: (port: number) => Server): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = start(0);
    server.once('error', reject);
    if (server.listening) resolve(server);
    else server.once('listening', () => resolve(server));
  });
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
