import { ct } from '../models/capture-text.ts';

/** The per-unit 取证 button of the side panel's unit rows (issue 6). */
export function CaptureUnitButton({ onClick, disabled }: { onClick: () => void; disabled: boolean }) {
  return (
    <button type="button" class="capture-unit" data-testid="capture-unit" title={ct('captureUnitTitle')} disabled={disabled} onClick={onClick}>
      {ct('captureUnit')}
    </button>
  );
}
