import type { CaptureReceipt } from '@vigil/shared/schemas/capture';
import { ct, tsaText } from '../models/capture-text.ts';

/** What the server signed for: the capture id, manifest digest, place in the log and the time-stamp status. */
export function CaptureReceiptView({ receipt }: { receipt: CaptureReceipt }) {
  const tsa = receipt.timestamps.length ? receipt.timestamps.map((t) => `${tsaText(t.status)}${t.genTime ? ` ${t.genTime}` : ''}`).join('；') : ct('tsaNone');
  return (
    <dl class="status status-ok receipt" data-testid="capture-receipt" data-capture-id={receipt.captureId}>
      <p>{ct('done')}</p>
      <dt>{ct('receiptId')}</dt>
      <dd data-testid="receipt-capture-id">{receipt.captureId}</dd>
      <dt>{ct('receiptDigest')}</dt>
      <dd class="digest" data-testid="receipt-digest">{receipt.manifestSha256}</dd>
      <dt>{ct('receiptLog')}</dt>
      <dd data-testid="receipt-log-index">#{receipt.logIndex}（{receipt.treeHead.size}）</dd>
      <dt>{ct('receiptTime')}</dt>
      <dd data-testid="receipt-timestamp">{tsa}</dd>
    </dl>
  );
}
