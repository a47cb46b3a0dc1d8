import type { CapturesModel } from './model.ts';
import { ct, ctOr } from './text.ts';

/** GET /api/captures/:id/verify as a list of named checks, each pass/fail with what was expected and found. */
export function VerifyChecks({ model, id }: { model: CapturesModel; id: string }) {
  const result = model.verify.value;
  const failed = result?.checks.filter((c) => !c.ok).length ?? 0;
  return (
    <section class="panel" data-testid="capture-checks" data-state={model.verifying.value ? 'running' : result ? (result.ok ? 'pass' : 'fail') : 'none'}>
      <div class="bar">
        <h3>{ct('checks')}</h3>
        <button type="button" data-testid="capture-reverify" disabled={model.verifying.value} onClick={() => void model.runVerify(id)}>{ct('recheck')}</button>
      </div>
      {model.verifying.value && <p class="muted">{ct('checking')}</p>}
      {model.verifyError.value && <p class="error" role="alert" data-testid="capture-checks-error">{model.verifyError.value}</p>}
      {result && (
        <p class={result.ok ? 'verdict ok' : 'verdict bad'} data-testid="capture-verdict">
          {result.ok ? ct('allPass', { n: String(result.checks.length) }) : ct('someFail', { n: String(failed) })}
        </p>
      )}
      {result && (
        <ul class="checks">
          {result.checks.map((c, i) => (
            <li key={`${c.name}:${c.subject ?? i}`} data-testid="capture-check" data-name={c.name} data-ok={c.ok ? 'true' : 'false'}>
              <span class={c.ok ? 'mark ok' : 'mark bad'}>{c.ok ? `✓ ${ct('pass')}` : `✗ ${ct('fail')}`}</span>{' '}
              <strong>{ctOr(`check.${c.name}`, c.name)}</strong>
              {c.subject && <code class="subject">{c.subject}</code>}
              {c.detail && <span class="muted"> — {c.detail}</span>}
              {(c.expected || c.actual) && (
                <dl class="hashes">
                  {c.expected && (<><dt>{ct('expected')}</dt><dd><code>{c.expected}</code></dd></>)}
                  {c.actual && (<><dt>{ct('actual')}</dt><dd><code>{c.actual}</code></dd></>)}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
