#!/usr/bin/env node
// `pnpm vigil <command>`: runs the TypeScript CLI through tsx, so there is no build step between edit and run.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
