import { expect, test } from 'vitest';
import { sqldUrl } from '../test-support/sqld.ts';
import { fromHex } from '@vigil/shared/evidence/bytes';
import { verifyTreeHead } from '@vigil/shared/evidence/signature';
import { verifyInclusion } from '@vigil/shared/evidence/merkle';
import { openDb } from '../db/client.ts';
import { testApp } from '../test-support/app.ts';
import { testDbKind } from '../test-support/db.ts';
import { inclusionProof, latestTreeHead, recordCustody } from './ledger.ts';
import { logKeyOf } from './log-key.ts';

/**
 * On sqld the second client is a second connection, as a second API process would be. An embedded file is one
 * process's database (libSQL's embedded client does not share a file's write lock fairly between clients), so there
 * the appends race inside one client's connection pool.
 */
test('concurrent appends from two database clients get unique, consecutive indexes under one signed head', async () => {
  const { deps } = await testApp();
  const second = testDbKind() === 'sqld' ? { ...deps, db: openDb({ url: sqldUrl() }) } : deps;
  const results = await Promise.all(Array.from({ length: 40 }, (_, i) => recordCustody(i % 2 ? deps : second, `capture-${i}`, 'viewed', 'u1')));
  expect(results.map((r) => r.index).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  const head = (await latestTreeHead(deps.db))!;
  expect(head.size).toBe(40);
  expect(await verifyTreeHead(head, logKeyOf(deps.keys).publicJwk)).toBe(true);
  for (const i of [0, 17, 39]) {
    const p = await inclusionProof(second.db, i, 40);
    expect(verifyInclusion(fromHex(p.leaf), i, 40, p.path.map(fromHex), fromHex(head.rootHash))).toBe(true);
  }
});
