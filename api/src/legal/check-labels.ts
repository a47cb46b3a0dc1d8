/** Chinese names of the named integrity checks (shared/src/evidence/checks.ts), as the reports print them. */
export const CHECK_LABEL: Record<string, string> = {
  'manifest-digest': '取证清单摘要',
  'manifest-signature': '设备签名',
  'artefact-digest': '证据文件摘要',
  'artefact-set': '证据文件齐全',
  'log-inclusion': '日志包含证明',
  'tree-head-signature': '日志树头签名',
  'log-consistency': '日志一致性（只增不改）',
  'tsa-token': '可信时间戳',
};
