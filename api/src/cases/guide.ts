/**
 * 验证说明.txt of a case package (issue 10): what is inside and how to check it without Vigil's server, with
 * `vigil verify`, with the package's own verify.html, or by hand. Windows line endings for Notepad.
 */
export function caseGuide(p: { number: string; title: string; captureIds: string[]; documents: string[]; logPem: string }): string {
  const lines = [
    '舆情哨兵（Vigil）案件证据包 — 验证说明',
    '======================================',
    '',
    `案件编号：${p.number}`,
    `案件名称：${p.title}`,
    `包含取证：${p.captureIds.length} 份`,
    '',
    '一、包内文件',
    '  case-manifest.json       案件清单（RFC 8785 规范化 JSON）：列出包内每个文件的大小与 SHA-256',
    '  case-manifest.sig        服务器以日志私钥（Ed25519）对 case-manifest.json 的签名（Base64）',
    '  case-log.json            案件清单、审查结论、备注等事件在防篡改日志中的记录，及各自的 RFC 6962 包含证明与签名树头',
    '  case.json                案件记录：相对方、状态、取证及审查结论（含理由）、备注、时间线、复查结果',
    '  证据清单.csv              证据清单（可用 Excel / WPS 打开）',
    ...p.documents.filter((d) => /\.(pdf|docx)$/i.test(d)).map((d) => `  ${d.padEnd(24)} 案件文书`),
    '  captures/<存证编号>/      每份取证的完整证据包（截图、网页快照、设备签名、日志证明、时间戳），各自可单独验证',
    '  log-public-key.*         服务器日志公钥',
    '  verify.html              离线核验页面：用浏览器打开，把本 ZIP（或解压后的全部文件）拖入即可逐项核验',
    '',
    '二、一键验证',
    '  pnpm vigil verify 本文件.zip      全部通过返回 0，任何一项失败返回 1',
    '  或用 Chrome / Edge / Firefox / Safari 打开 verify.html，拖入本 ZIP；无需联网、无需安装。',
    '',
    '三、用通用工具手工验证',
    '  1. 文件完整性：case-manifest.json 中每个文件的 sha256 应与 sha256sum <文件> 的结果一致。',
    '  2. 案件清单签名：',
    '       base64 -d case-manifest.sig > case-manifest.sig.bin',
    '       openssl pkeyutl -verify -pubin -inkey log-public-key.pem -rawin -in case-manifest.json -sigfile case-manifest.sig.bin',
    '     应显示"Signature Verified Successfully"。',
    '  3. 日志：case-log.json 中 event 为 exported 的记录，其 sha256 应等于 case-manifest.json 的 SHA-256；',
    '     每条记录 leaf = SHA-256(0x00 || entry)，按 path 逐级计算 node = SHA-256(0x01 || 左 || 右)，应得到 treeHead.rootHash。',
    '  4. 备注：每条备注正文的 SHA-256 应等于其日志记录中的 sha256；审查结论与理由应与日志记录（reviewed）一致。',
    '  5. 每份取证：进入 captures/<存证编号>/，按其中的 验证说明.txt 核验。',
    '  请与服务器公布的日志公钥核对，确认公钥未被替换：',
    ...p.logPem.trim().split('\n').map((l) => `       ${l}`),
    '',
  ];
  return lines.join('\r\n');
}
