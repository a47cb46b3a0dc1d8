import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { testApp } from '../test-support/app.ts';
import { SERVER_LIMITS, startHttpServer } from './http-server.ts';

/** Everything the server sent before it closed the connection. */
const closed = (socket: Socket) =>
  new Promise<string>((resolve) => {
    let got = '';
    socket.on('data', (d: Buffer) => (got += d.toString()));
    socket.on('close', () => resolve(got));
    socket.on('error', () => undefined);
  });

let stop: (() => Promise<void>) | undefined;
afterEach(async () => stop?.());

/** The real server with short limits, so a stalled client is cut off quickly. */
async function shortLimits() {
  const { app } = await testApp();
  const { server, port } = await startHttpServer(app.fetch, { port: 0, hostname: '127.0.0.1' }, { headersTimeoutMs: 400, requestTimeoutMs: 800, idleTimeoutMs: 300, checkIntervalMs: 50 });
  stop = () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });
  return (first: string) => {
    const socket = connect(port, '127.0.0.1');
    socket.write(first);
    return socket;
  };
}
/** Sends one harmless byte every 100 ms, so only the headers or request timeout (not the idle one) can fire. */
const trickle = (socket: Socket, byte: string) => {
  const timer = setInterval(() => socket.writable && socket.write(byte), 100);
  socket.on('close', () => clearInterval(timer));
};

describe('the HTTP server gives a stalled client’s slot back (issue 15)', () => {
  test('serve’s limits are set, not Node’s open-ended defaults', () => {
    expect(SERVER_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(SERVER_LIMITS.idleTimeoutMs).toBeLessThanOrEqual(120_000);
    expect(SERVER_LIMITS.requestTimeoutMs).toBeGreaterThan(10 * 60_000); // a 64 MB upload on a slow line
  });

  test('an upload that stops sending mid-body is closed', async () => {
    const open = await shortLimits();
    const socket = open('POST /api/captures HTTP/1.1\r\nHost: x\r\nContent-Type: application/vnd.vigil.capture\r\nContent-Length: 100000\r\n\r\nVGC1');
    await closed(socket);
    expect(socket.destroyed).toBe(true);
  });

  test('headers sent one byte at a time hit the headers timeout: 408', async () => {
    const open = await shortLimits();
    const socket = open('GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    trickle(socket, 'a');
    expect(await closed(socket)).toMatch(/^HTTP\/1\.1 408/);
  });

  test('a body trickled in forever hits the request timeout', async () => {
    const open = await shortLimits();
    const socket = open('POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{');
    trickle(socket, ' ');
    await closed(socket);
    expect(socket.destroyed).toBe(true);
  });

  test('a normal request is answered', async () => {
    const open = await shortLimits();
    const socket = open('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(await closed(socket)).toMatch(/^HTTP\/1\.1 200/);
  });
});
