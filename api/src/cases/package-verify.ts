import { casePackageChecks, type CaseCheck } from '@vigil/shared/evidence/case-checks';
import { CASE_PACKAGE, PACKAGE, type PackageFiles } from '@vigil/shared/evidence/package-layout';
import type { OkpPublicJwk } from '@vigil/shared/evidence/signature';
import { checkTimestamp, parseCertificatesPem } from '../evidence/tsa.ts';

export const isCasePackage = (files: PackageFiles) => Boolean(files[CASE_PACKAGE.manifest]);

/**
 * `vigil verify case.zip` (issue 10): every check of the shared case verifier, plus each capture's RFC 3161 tokens
 * (pkijs, which the browser page leaves to openssl).
 */
export async function verifyCaseFiles(files: PackageFiles, opts: { logKey?: OkpPublicJwk | undefined; tsaRootsPem?: string | undefined } = {}) {
  const result = await casePackageChecks(files, { logKey: opts.logKey });
  const checks: CaseCheck[] = [...result.checks];
  const roots = opts.tsaRootsPem ? parseCertificatesPem(opts.tsaRootsPem) : [];
  const tokenFile = new RegExp(`^${CASE_PACKAGE.captures}([^/]+)/${PACKAGE.timestamps}[^/]+\\.tsr$`);
  for (const name of Object.keys(files).sort()) {
    const m = tokenFile.exec(name);
    const manifest = m && files[`${CASE_PACKAGE.captures}${m[1]}/${PACKAGE.manifest}`];
    if (m && manifest) checks.push({ ...(await checkTimestamp(files[name]!, manifest, name.slice(name.indexOf(PACKAGE.timestamps)), roots)), group: m[1]! });
  }
  return { ok: checks.length > 0 && checks.every((c) => c.ok) && !result.problems.length, checks, problems: result.problems, logKey: result.logKey };
}
