// `npm run bench`: every benchmark module in order; each prints its figures and ratios against a baseline
// measured in the same run. Adding a benchmark is one file plus one line here.
const modules: { name: string; load: () => Promise<{ run(): Promise<void> }> }[] = [
  { name: 'engine (issue 3)', load: () => import('./engine.ts') },
  { name: 'capture: click → receipt (issue 6)', load: () => import('./capture.ts') },
  { name: 'flagging in the page (issue 4)', load: () => import('./flagging.ts') },
  { name: '取证报告 and 律师函 generation (issue 10)', load: () => import('./legal-docs.ts') },
];

for (const m of modules) {
  console.log(`\n## ${m.name}`);
  await (await m.load()).run();
}
export {};
