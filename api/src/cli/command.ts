import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}

export class UsageError extends Error {}

/** node:util parseArgs that reports bad flags as a usage error (exit 2), not a crash. */
export function parse<T extends ParseArgsConfig['options']>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** Wraps a command body: usage errors print the usage and exit 2. */
export function command(spec: Omit<Command, 'run'>, body: (args: string[]) => Promise<number>): Command {
  return {
    ...spec,
    async run(args) {
      try {
        return await body(args);
      } catch (err) {
        if (err instanceof UsageError) {
          console.error(`${err.message}\nusage: pnpm vigil ${spec.usage}`);
          return 2;
        }
        throw err;
      }
    },
  };
}
