import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A real RFC 3161 time-stamp authority for tests: a throw-away CA and TSA certificate made with `openssl`
 * (extendedKeyUsage critical timeStamping) and `openssl ts -reply` behind a tiny HTTP handler on a loopback port.
 * `stop()` closes it, so tests can also see what happens when the TSA is down.
 */
export async function startLocalTsa() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-tsa-'));
  const p = (f: string) => join(dir, f);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  await run('openssl', ['req', '-x509', ...ec, '-keyout', p('ca.key'), '-out', p('ca.crt'), '-days', '30', '-subj', '/CN=Vigil Test Root CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  await run('openssl', ['req', ...ec, '-keyout', p('tsa.key'), '-out', p('tsa.csr'), '-subj', '/CN=Vigil Test TSA']);
  writeFileSync(p('tsa.ext'), 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n');
  await run('openssl', ['x509', '-req', '-in', p('tsa.csr'), '-CA', p('ca.crt'), '-CAkey', p('ca.key'), '-CAcreateserial', '-out', p('tsa.crt'), '-days', '30', '-extfile', p('tsa.ext')]);
  writeFileSync(p('serial'), '01\n');
  writeFileSync(
    p('tsa.cnf'),
    [
      '[ tsa ]', 'default_tsa = tsa_config1', '[ tsa_config1 ]', `dir = ${dir}`, 'serial = $dir/serial', 'crypto_device = builtin',
      'signer_cert = $dir/tsa.crt', 'certs = $dir/ca.crt', 'signer_key = $dir/tsa.key', 'signer_digest = sha256',
      'default_policy = 1.2.3.4.1', 'digests = sha256, sha384, sha512', 'accuracy = secs:1', 'ordering = yes', 'tsa_name = yes',
      'ess_cert_id_chain = no', 'ess_cert_id_alg = sha256', '',
    ].join('\n'),
  );

  let served = 0;
  let down = false;
  let queue = Promise.resolve();
  const server: Server = createServer((req, res) => {
    // "Down": drop the connection, as an unreachable TSA would.
    if (down) return void req.socket.destroy();
    const body: Buffer[] = [];
    req.on('data', (d: Buffer) => body.push(d));
    req.on('end', () => {
      // openssl ts keeps its serial in a file: one request at a time.
      queue = queue.then(async () => {
        const n = ++served;
        writeFileSync(p(`q${n}.tsq`), Buffer.concat(body));
        try {
          await run('openssl', ['ts', '-reply', '-config', p('tsa.cnf'), '-queryfile', p(`q${n}.tsq`), '-out', p(`r${n}.tsr`)]);
          res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(readFileSync(p(`r${n}.tsr`)));
        } catch (err) {
          res.writeHead(500).end(String(err));
        }
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    caPem: readFileSync(p('ca.crt'), 'utf8'),
    caFile: p('ca.crt'),
    served: () => served,
    setDown: (v: boolean) => {
      down = v;
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
