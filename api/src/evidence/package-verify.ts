import { unzipSync } from 'fflate';
import type { Check } from '@vigil/shared/schemas/capture';
import { allPassed } from '@vigil/shared/evidence/checks';
import { capturePackageChecks } from '@vigil/shared/evidence/package-checks';
import { PACKAGE, type PackageFiles } from '@vigil/shared/evidence/package-layout';
import type { OkpPublicJwk } from '@vigil/shared/evidence/signature';
import { checkTimestamp, parseCertificatesPem } from './tsa.ts';

export interface PackageVerdict {
  ok: boolean;
  checks: Check[];
  /** Problems that stop checking altogether (not a ZIP, manifest missing…). */
  problems: string[];
  logKey?: OkpPublicJwk | undefined;
}

/**
 * Offline verification of an exported package (`vigil verify`): the same named checks as the API, computed only
 * from the files in the ZIP. `logKey` pins the server's log key (otherwise the packaged one is used and reported);
 * `tsaRoots` (PEM) lets the TSA certificate chain be checked.
 */
export async function verifyPackage(zip: Uint8Array, opts: { logKey?: OkpPublicJwk; tsaRootsPem?: string } = {}): Promise<PackageVerdict> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    return { ok: false, checks: [], problems: ['不是有效的 ZIP 文件 / Not a ZIP file'] };
  }
  return verifyCaptureFiles(files, opts);
}

/** The checks of one capture package's files (also a folder of a case package), TSA tokens included. */
export async function verifyCaptureFiles(files: PackageFiles, opts: { logKey?: OkpPublicJwk | undefined; tsaRootsPem?: string | undefined } = {}): Promise<PackageVerdict> {
  const { checks, problems, logKey } = await capturePackageChecks(files, { logKey: opts.logKey });
  if (problems.length && !checks.length) return { ok: false, checks, problems, logKey };
  const manifestBytes = files[PACKAGE.manifest]!;
  const roots = opts.tsaRootsPem ? parseCertificatesPem(opts.tsaRootsPem) : [];
  for (const name of Object.keys(files).filter((n) => n.startsWith(PACKAGE.timestamps) && n.endsWith('.tsr')).sort()) {
    checks.push(await checkTimestamp(files[name]!, manifestBytes, name, roots));
  }
  return { ok: allPassed(checks), checks, problems, logKey };
}
