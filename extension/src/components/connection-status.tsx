import type { ConnectionModel } from '../models/connection.ts';

/** One line: who we are signed in as, or why not. `data-state` is unknown | checking | ok | error. */
export function ConnectionStatus({ model, testId }: { model: ConnectionModel; testId: string }) {
  const result = model.result.value;
  return (
    <p
      class={`status status-${model.state.value}`}
      data-testid={testId}
      data-state={model.state.value}
      data-reason={result && !result.ok ? result.failure.reason : undefined}
      role="status"
    >
      {model.text.value}
    </p>
  );
}
