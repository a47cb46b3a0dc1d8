import type { TreeHead } from '@vigil/shared/schemas/capture';

/**
 * 验证说明.txt: how a lawyer, a court's technician or the other side checks the package with common tools, without
 * trusting Vigil's software. Windows line endings so Notepad shows it properly.
 */
export function verificationGuide(p: {
  captureId: string;
  manifestSha256: string;
  head: TreeHead;
  index: { tsa: string; status: string; file: string | null }[];
  logPem: string;
}): string {
  const tsr = p.index.filter((t) => t.file);
  const lines = [
    '舆情哨兵（Vigil）电子证据包 — 验证说明',
    '====================================',
    '',
    `取证编号：${p.captureId}`,
    `清单（manifest.json）SHA-256：${p.manifestSha256}`,
    `日志树头：大小 ${p.head.size}，根哈希 ${p.head.rootHash}，签名时间 ${p.head.timestamp}`,
    '',
    '一、包内文件',
    '  manifest.json              取证清单（RFC 8785 规范化 JSON），列出每个文件的大小、类型、来源与 SHA-256',
    '  artefacts/                 取证文件本身（截图、MHTML 网页快照、帖子结构化数据、环境报告）',
    '  signature.b64 / .der       取证设备对 manifest.json 的 ECDSA P-256（SHA-256）签名（原始 r||s 的 Base64，及 DER 格式）',
    '  device-public-key.*        取证设备公钥（取证人在设置令牌时登记）',
    '  log-entry.json             本次取证在防篡改日志中的记录',
    '  inclusion-proof.json       该记录包含于日志的 RFC 6962 默克尔证明',
    '  tree-head.json             服务器用 Ed25519 私钥签名的日志树头（导出时）',
    '  receipt-tree-head.json     上传时签发给取证人的树头（回执），及 consistency-proof.json：日志此后只增不改的证明',
    '  log-public-key.*           服务器日志公钥',
    '  timestamps/                RFC 3161 可信时间戳（.tsr），覆盖 manifest.json 的 SHA-256',
    '  custody.json               保管链：查看、下载、导出等记录（均已写入同一日志）',
    '  SHA256SUMS                 清单及全部文件的 SHA-256',
    '  verify.html                离线核验页面：用浏览器打开，把本 ZIP（或解压后的文件夹）拖入，逐项显示检查结果',
    '',
    '二、一键验证（推荐）',
    '  pnpm vigil verify 本文件.zip',
    '  逐项列出检查结果；全部通过返回 0，有任何一项失败返回 1。',
    '  不便安装时：用浏览器打开包内 verify.html，拖入本 ZIP，无需联网即可逐项核验（时间戳请按第三节第 3 步核验）。',
    '',
    '三、用通用工具手工验证',
    '  1. 文件完整性：解压后在包根目录执行',
    '       sha256sum -c SHA256SUMS',
    '     每一行都应显示"OK"（Windows 可用 certutil -hashfile 文件名 SHA256 逐个比对）。',
    '     再核对 SHA256SUMS 中的值与 manifest.json 里 artefacts[].sha256 一致。',
    '  2. 设备签名：',
    '       openssl dgst -sha256 -verify device-public-key.pem -signature signature.der manifest.json',
    '     应显示"Verified OK"。',
    '  3. 可信时间戳（如有）：',
    ...(tsr.length
      ? tsr.flatMap((t) => [
          `       openssl ts -verify -data manifest.json -in ${t.file} -CAfile <时间戳机构根证书.pem>`,
          `     （时间戳机构：${t.tsa}）应显示"Verification: OK"；openssl ts -reply -in ${t.file} -text 可查看签发时间。`,
        ])
      : ['     本包没有时间戳（未配置时间戳机构，或机构当时不可用）。']),
    '  4. 日志包含证明：leaf = SHA-256(0x00 || log-entry.json 的字节)，按 inclusion-proof.json 的 path 逐级计算',
    '     node = SHA-256(0x01 || 左 || 右)，结果应等于 tree-head.json 的 rootHash；log-entry.json 中的',
    '     manifestSha256 应等于第 1 步中 manifest.json 的 SHA-256。',
    '  5. 树头签名：tree-head.json 的签名针对规范化 JSON',
    '     {"log":"vigil-evidence-log/1","rootHash":…,"size":…,"timestamp":…}，用 log-public-key.pem（Ed25519）验证。',
    '     请与服务器公布的日志公钥指纹核对，确认公钥未被替换：',
    ...p.logPem.trim().split('\n').map((l) => `       ${l}`),
    '',
    '四、说明',
    '  截图为取证人屏幕上所见（onscreen），MHTML 为浏览器对当时页面的原样保存（browser），未重新加载页面；',
    '  截图时已隐藏舆情哨兵自身的高亮与标记（见 manifest.json notes.vigilMarksHidden）。',
    '  时间戳证明文件自该时刻起未被改动；签名与日志证明取证人、设备与时间；任何一项不符即说明证据被改动。',
    '',
  ];
  return lines.join('\r\n');
}
