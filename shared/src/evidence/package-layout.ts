/**
 * File names inside exported evidence packages (issues 6 and 10). The API writes them, `vigil verify` and the
 * package's own verify.html read them: one list, so the three never drift apart.
 */
export const PACKAGE = {
  manifest: 'manifest.json',
  signature: 'signature.b64',
  signatureDer: 'signature.der',
  deviceJwk: 'device-public-key.jwk.json',
  devicePem: 'device-public-key.pem',
  logJwk: 'log-public-key.jwk.json',
  logPem: 'log-public-key.pem',
  logEntry: 'log-entry.json',
  proof: 'inclusion-proof.json',
  treeHead: 'tree-head.json',
  receiptTreeHead: 'receipt-tree-head.json',
  consistency: 'consistency-proof.json',
  timestamps: 'timestamps/',
  timestampIndex: 'timestamps/index.json',
  artefacts: 'artefacts/',
  sums: 'SHA256SUMS',
  custody: 'custody.json',
  guide: '验证说明.txt',
  verifyPage: 'verify.html',
} as const;

/** A case package (issue 10): capture packages in folders, the case documents, and a signed case manifest. */
export const CASE_PACKAGE = {
  manifest: 'case-manifest.json',
  signature: 'case-manifest.sig',
  log: 'case-log.json',
  record: 'case.json',
  evidenceList: '证据清单.csv',
  captures: 'captures/',
  logJwk: 'log-public-key.jwk.json',
  logPem: 'log-public-key.pem',
  guide: '验证说明.txt',
  verifyPage: 'verify.html',
} as const;

/** Files of a case package that the case manifest cannot list (they describe or sign the manifest itself). */
export const CASE_TRAILER: readonly string[] = [CASE_PACKAGE.manifest, CASE_PACKAGE.signature, CASE_PACKAGE.log];

export type PackageFiles = Record<string, Uint8Array>;

/** The files under `prefix`, renamed relative to it (a capture package inside a case package). */
export function subFolder(files: PackageFiles, prefix: string): PackageFiles {
  const out: PackageFiles = {};
  for (const [name, bytes] of Object.entries(files)) if (name.startsWith(prefix) && !name.endsWith('/')) out[name.slice(prefix.length)] = bytes;
  return out;
}

/** A case package is told from a capture package by its signed case manifest. */
export const isCasePackage = (files: PackageFiles): boolean => Boolean(files[CASE_PACKAGE.manifest]);

/** The capture packages inside a case package, folder by folder (sorted), each with its files relative to its folder. */
export function capturePackagesOf(files: PackageFiles): [folder: string, files: PackageFiles][] {
  const folders = [...new Set(Object.keys(files).filter((n) => n.startsWith(CASE_PACKAGE.captures)).map((n) => n.split('/')[1]!))].sort();
  return folders.map((folder) => [folder, subFolder(files, `${CASE_PACKAGE.captures}${folder}/`)]);
}
