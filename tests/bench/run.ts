import { loadLine } from './stats.ts';

// `npm run bench`: every benchmark module in order; each prints its figures with their spread over runs, the
// budget and a ratio against a baseline measured in the same run, and the load average at its start and end
// (stats.ts). Adding a benchmark is one file plus one line here. `npm run bench -- engine` runs the modules whose
// name contains "engine".
const modules: { name: string; load: () => Promise<{ run(): Promise<void> }> }[] = [
  { name: 'engine (issues 3, 15)', load: () => import('./engine.ts') },
  { name: 'capture: click → receipt (issue 6)', load: () => import('./capture.ts') },
  { name: 'flagging in the page (issues 4, 15)', load: () => import('./flagging.ts') },
  { name: '取证报告 and 律师函 generation (issue 10)', load: () => import('./legal-docs.ts') },
  { name: '日报, detection and 舆情概览 over 1 M mentions (issue 11)', load: () => import('./monitoring.ts') },
  { name: 'capture search: 1–2 Chinese characters at 100 k captures (issue 15)', load: () => import('./search.ts') },
];

const only = process.argv.slice(2).filter((a) => a !== '--');
for (const m of modules.filter((x) => only.length === 0 || only.some((o) => x.name.includes(o)))) {
  console.log(`\n## ${m.name}`);
  try {
    await (await m.load()).run();
  } catch (e) {
    // One broken module must not hide the figures of the others.
    console.log(`  FAILED: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
console.log('\n## whole run');
loadLine('end');
