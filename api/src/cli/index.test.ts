import { expect, test } from 'vitest';
import { allCommands, commandLoaders } from './index.ts';

// The CLI registry loads a command when it is run (a start costs one command's imports, not every command's).

test('each registry key loads the command of that name, each with a usage line', async () => {
  const commands = await allCommands();
  expect(commands.map((c) => c.name)).toEqual(Object.keys(commandLoaders));
  for (const c of commands) expect(c.usage.startsWith(c.name)).toBe(true);
});
