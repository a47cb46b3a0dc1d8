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

export interface VerifyOptions {
  /** Pins the server's log key (otherwise the packaged one is used and reported). */
  logKey?: OkpPublicJwk | undefined;
  /** PEM roots that let the TSA certificate chain be checked. */
  tsaRootsPem?: string | undefined;
}

export const tsaRoots = (opts: VerifyOptions) => (opts.tsaRootsPem ? parseCertificatesPem(opts.tsaRootsPem) : []);

/** The RFC 3161 tokens of one capture package's files against its manifest (pkijs: verify.html leaves them to openssl). */
export async function timestampChecks(files: PackageFiles, roots: ReturnType<typeof tsaRoots>): Promise<Check[]> {
  const manifestBytes = files[PACKAGE.manifest];
  if (!manifestBytes) return [];
  const checks: Check[] = [];
  for (const name of Object.keys(files).filter((n) => n.startsWith(PACKAGE.timestamps) && n.endsWith('.tsr')).sort()) {
    checks.push(await checkTimestamp(files[name]!, manifestBytes, name, roots));
  }
  return checks;
}

/**
 * Offline verification of one capture package's files (`vigil verify`; also a folder of a case package): the same
 * named checks as the API, computed only from the files, TSA tokens included.
 */
export async function verifyCaptureFiles(files: PackageFiles, opts: VerifyOptions = {}): Promise<PackageVerdict> {
  const { checks, problems, logKey } = await capturePackageChecks(files, { logKey: opts.logKey });
  if (problems.length && !checks.length) return { ok: false, checks, problems, logKey };
  checks.push(...(await timestampChecks(files, tsaRoots(opts))));
  return { ok: allPassed(checks), checks, problems, logKey };
}
