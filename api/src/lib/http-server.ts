import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface ServerLimits {
  /** The request line and headers must arrive within this (Node answers 408). */
  headersTimeoutMs: number;
  /** The whole request, body included, within this: a 64 MB capture at 1 Mbit/s takes about 9 minutes. */
  requestTimeoutMs: number;
  /** A connection that sends nothing for this long is closed: a stalled upload gives its slot back. */
  idleTimeoutMs: number;
  /** How often Node checks the two timeouts above. */
  checkIntervalMs: number;
}

/** `serve` had none of these set (issue 15): a client that stalled mid-upload held a connection indefinitely. */
export const SERVER_LIMITS: ServerLimits = { headersTimeoutMs: 20_000, requestTimeoutMs: 15 * 60_000, idleTimeoutMs: 60_000, checkIntervalMs: 5_000 };

/** Starts the Node HTTP server for `fetch` with the limits above; resolves once it listens. */
export function startHttpServer(
  fetch: (request: Request) => Response | Promise<Response>,
  where: { port: number; hostname: string },
  limits: ServerLimits = SERVER_LIMITS,
): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({
      fetch,
      ...where,
      serverOptions: {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        connectionsCheckingInterval: limits.checkIntervalMs,
      },
    }) as Server;
    // Without a 'timeout' listener Node destroys the idle socket, which is what we want.
    server.setTimeout(limits.idleTimeoutMs);
    server.once('error', reject);
    server.once('listening', () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
}
