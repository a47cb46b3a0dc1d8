import { config } from 'zod';

// zod probes for eval support with `new Function`, which the workspace's CSP (no 'unsafe-eval') reports as a
// violation in the console. Imported first by main.tsx: some modules parse with zod while they load, and the probe
// runs at the first parse.
config({ jitless: true });
