import { existsSync, readFileSync } from 'node:fs';
import { createPublicKey } from 'node:crypto';
import type { OkpPublicJwk } from '@vigil/shared/evidence/signature';
import { checkLabel } from '@vigil/shared/evidence/check-labels';
import type { CaseCheck } from '@vigil/shared/evidence/case-checks';
import { verifyPackage } from '../cases/package-verify.ts';
import { command, parse, UsageError } from './command.ts';

/** A pinned log key: the PEM (SPKI) or JWK file the server publishes. */
function readLogKey(path: string): OkpPublicJwk {
  const text = readFileSync(path, 'utf8');
  const jwk = text.trim().startsWith('{') ? (JSON.parse(text) as { x?: string }) : createPublicKey(text).export({ format: 'jwk' });
  if (!jwk.x) throw new UsageError(`${path}: not an Ed25519 public key`);
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
}

export const verifyCommand = command(
  {
    name: 'verify',
    usage: 'verify FILE.zip [--log-key PEM|JWK] [--tsa-ca PEM] [--json]',
    summary: 'check an exported capture or case package offline (exit 0 all pass, 1 a check failed)',
  },
  async (args) => {
    const { values, positionals } = parse(args, { 'log-key': { type: 'string' }, 'tsa-ca': { type: 'string' }, json: { type: 'boolean' } }, true);
    if (positionals.length !== 1) throw new UsageError('expected one FILE.zip');
    const file = positionals[0]!;
    for (const p of [file, values['log-key'], values['tsa-ca']]) if (p && !existsSync(p)) throw new UsageError(`no such file: ${p}`);
    const opts = {
      ...(values['log-key'] ? { logKey: readLogKey(values['log-key']) } : {}),
      ...(values['tsa-ca'] ? { tsaRootsPem: readFileSync(values['tsa-ca'], 'utf8') } : {}),
    };
    const verdict: { ok: boolean; checks: CaseCheck[]; problems: string[]; logKey?: { x: string } | undefined } = await verifyPackage(new Uint8Array(readFileSync(file)), opts);
    if (values.json) {
      console.log(JSON.stringify(verdict, null, 2));
      return verdict.ok ? 0 : 1;
    }
    for (const p of verdict.problems) console.log(`✗ ${p}`);
    let group: string | undefined;
    for (const c of verdict.checks) {
      if (c.group !== group) {
        group = c.group;
        if (group) console.log(`取证 / capture ${group}`);
      }
      const head = `${group ? '  ' : ''}${c.ok ? '✓' : '✗'} ${c.name}${c.subject ? ` [${c.subject}]` : ''}`;
      const values = c.ok ? (c.actual ? ` ${c.actual}` : '') : `${c.expected ? ` expected ${c.expected}` : ''}${c.actual ? ` actual ${c.actual}` : ''}`;
      console.log(`${head}${values}${c.detail ? ` — ${c.detail}` : ''} ·${checkLabel(c.name)}`);
    }
    if (verdict.logKey && !values['log-key']) console.log(`注意：树头公钥取自证据包本身，请与服务器公布的公钥核对 / log key taken from the package (x=${verdict.logKey.x}); pin it with --log-key`);
    console.log(verdict.ok ? `全部 ${verdict.checks.length} 项检查通过 / all ${verdict.checks.length} checks passed` : `检查未通过 / ${verdict.checks.filter((c) => !c.ok).length + verdict.problems.length} problem(s) found`);
    return verdict.ok ? 0 : 1;
  },
);
