import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/**
 * A local WeCom group robot on 127.0.0.1 for the file's tests: it answers as the real one does and keeps each body
 * it was sent. `received` holds the raw JSON bodies; `contents()` the markdown texts. `url` is set once it listens.
 */
export function localRobot() {
  const received: string[] = [];
  const robot = createServer((req, res) => {
    let data = '';
    req.on('data', (d: Buffer) => (data += d.toString()));
    req.on('end', () => {
      received.push(data);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  const state = {
    url: '',
    received,
    /** The markdown contents received since the last call, oldest first; the list is emptied. */
    take: () => received.splice(0).map((b) => (JSON.parse(b) as { markdown: { content: string } }).markdown.content),
  };
  beforeAll(async () => {
    await new Promise<void>((r) => robot.listen(0, '127.0.0.1', r));
    state.url = `http://127.0.0.1:${(robot.address() as AddressInfo).port}/wecom?key=k`;
  });
  afterAll(() => new Promise<void>((r) => robot.close(() => r())));
  return state;
}
