import { allCommands, commandLoaders } from './cli/index.ts';

/** `pnpm vigil <command> [...]`. Exit codes: 0 ok, 1 failure, 2 usage. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name && Object.hasOwn(commandLoaders, name) ? commandLoaders[name] : undefined;
  const command = await load?.();
  if (!command) {
    const list = (await allCommands()).map((c) => `  ${c.usage.padEnd(44)} ${c.summary}`).join('\n');
    console.error(`${name ? `unknown command: ${name}\n` : ''}usage: pnpm vigil <command>\n${list}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
