import { unzipSync } from 'fflate';
import { casePackageChecks, type CaseCheck } from '@vigil/shared/evidence/case-checks';
import { capturePackagesOf, isCasePackage, type PackageFiles } from '@vigil/shared/evidence/package-layout';
import { timestampChecks, tsaRoots, verifyCaptureFiles, type VerifyOptions } from '../evidence/package-verify.ts';

/**
 * `vigil verify case.zip` (issue 10): every check of the shared case verifier, plus each capture's RFC 3161 tokens
 * (pkijs, which the browser page leaves to openssl).
 */
export async function verifyCaseFiles(files: PackageFiles, opts: VerifyOptions = {}) {
  const result = await casePackageChecks(files, { logKey: opts.logKey });
  const checks: CaseCheck[] = [...result.checks];
  const roots = tsaRoots(opts);
  for (const [folder, inner] of capturePackagesOf(files)) {
    for (const c of await timestampChecks(inner, roots)) checks.push({ ...c, group: folder });
  }
  return { ok: checks.length > 0 && checks.every((c) => c.ok) && !result.problems.length, checks, problems: result.problems, logKey: result.logKey };
}

/** `vigil verify FILE.zip`: an exported case or capture package, told apart by its files. */
export async function verifyPackage(zip: Uint8Array, opts: VerifyOptions = {}) {
  let files: PackageFiles;
  try {
    files = unzipSync(zip);
  } catch {
    return { ok: false, checks: [] as CaseCheck[], problems: ['不是有效的 ZIP 文件 / Not a ZIP file'] };
  }
  return isCasePackage(files) ? verifyCaseFiles(files, opts) : verifyCaptureFiles(files, opts);
}
