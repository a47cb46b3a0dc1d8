/**
 * What each named check means, for people (issue 10): `vigil verify`, the workspace and verify.html print the same
 * words. Chinese first; the English stays beside it.
 */
export const CHECK_LABELS: Record<string, { zh: string; en: string }> = {
  'manifest-digest': { zh: '取证清单摘要', en: 'manifest digest' },
  'manifest-signature': { zh: '设备签名（ECDSA P-256）', en: 'device signature (ECDSA P-256)' },
  'artefact-set': { zh: '文件齐全', en: 'artefact set' },
  'artefact-digest': { zh: '文件摘要（SHA-256）', en: 'artefact digest (SHA-256)' },
  'log-inclusion': { zh: '日志收录证明（RFC 6962）', en: 'log inclusion (RFC 6962)' },
  'tree-head-signature': { zh: '日志树头签名（Ed25519）', en: 'tree head signature (Ed25519)' },
  'log-consistency': { zh: '日志只增未改（一致性证明）', en: 'log consistency' },
  'tsa-token': { zh: '可信时间戳（RFC 3161）', en: 'time-stamp token (RFC 3161)' },
  'case-manifest-signature': { zh: '案件清单签名（Ed25519）', en: 'case manifest signature (Ed25519)' },
  'case-file-set': { zh: '案件文件齐全', en: 'case file set' },
  'case-file-digest': { zh: '案件文件摘要（SHA-256）', en: 'case file digest (SHA-256)' },
  'case-manifest-logged': { zh: '案件清单已记入证据日志', en: 'case manifest in the evidence log' },
  'case-log-inclusion': { zh: '案件事件收录证明', en: 'case event inclusion' },
  'note-digest': { zh: '备注与日志记录一致', en: 'note matches its log entry' },
  'review-record': { zh: '审查结论与日志记录一致', en: 'review decision matches its log entry' },
};

export const checkLabel = (name: string, lang: 'zh' | 'en' = 'zh'): string => CHECK_LABELS[name]?.[lang] ?? name;
