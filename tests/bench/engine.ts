// Engine bench (issues 3, 15): matcher build, analyze throughput, sentiment cost (Chinese and English), model size,
// held-out accuracy per dataset, and matching + highlighting a 1 MB Chinese page in Chromium against mark.js on the
// same page. Every figure: spread over runs, budget, ratio to a baseline of the same run (stats.ts).
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyze, compilePack, defaultSentimentModel, demoPack, normalizeTerm } from '../../shared/src/engine/index.ts';
import { scoreChinese } from '../../shared/src/engine/sentiment-model.ts';
import { evaluate, type Example } from '../../shared/src/engine/sentiment-train.ts';
import { scoreEnglish } from '../../shared/src/engine/english.ts';
import { englishDatasets } from '../../api/src/cli/train-data-en.ts';
import { figure, loadLine, referenceWork, type Budget } from './stats.ts';
import type { RulePack } from '../../shared/src/schemas/rules.ts';
import { defaultDatasets } from '../../api/src/cli/train-data.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);

function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const pool = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
function sentence(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += pool[Math.floor(r() * pool.length)];
  return s;
}

/** A pack of `aliases` brand aliases (10 per brand) and `terms` risk terms, all distinct, with a fresh version. */
function bigPack(aliases: number, terms: number, version: string): RulePack {
  const r = rng(7);
  const seen = new Set<string>();
  const fresh = (n: number) => {
    for (;;) {
      const w = sentence(r, n);
      if (!seen.has(w)) { seen.add(w); return w; }
    }
  };
  const brands = Array.from({ length: Math.ceil(aliases / 10) }, (_, i) => ({
    name: `品牌${i}`,
    aliases: Array.from({ length: 10 }, (_, k) => (k === 0 ? `brand${i}` : fresh(2 + (k % 3)))),
    excludes: [fresh(4)],
    people: [],
  }));
  const categories = ['safety', 'legal', 'fraud', 'quality', 'service', 'executive', 'regulator'] as const;
  const riskTerms = Array.from({ length: terms }, (_, i) => ({ term: fresh(2 + (i % 2)), category: categories[i % 7]!, weight: 1 + (i % 9) }));
  return { version, brands, riskTerms, newsHosts: [] };
}

const fmt = (x: number, d = 1) => x.toFixed(d);
const ROUNDS = 7;
/** µs per call as process CPU time and as wall time: the machine may be shared, CPU time is what the code costs. */
function perCall(n: number, f: (i: number) => void): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f(i);
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / n, wall: ((performance.now() - t0) * 1000) / n };
}
/** `ROUNDS` readings of µs CPU per call, each round interleaved with one run of the reference workload (ms). */
function rounds(n: number, f: (i: number) => void): { cpu: number[]; wall: number[]; ref: number[] } {
  for (let i = 0; i < Math.min(n, 2000); i++) f(i);
  const out = { cpu: [] as number[], wall: [] as number[], ref: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    const x = perCall(n, f);
    out.cpu.push(x.cpu);
    out.wall.push(x.wall);
    out.ref.push(referenceWork());
  }
  return out;
}
const ref = (xs: number[]) => ({ name: 'reference workload', xs, unit: 'ms' });
const µs50: Budget = { op: '<', value: 50 };

function matcherBuild() {
  const cpu: number[] = [];
  const refs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const pack = bigPack(5000, 1000, `bench-build-${Date.now()}-${i}`);
    cpu.push(perCall(1, () => compilePack(pack)).cpu / 1000);
    refs.push(referenceWork());
  }
  figure('matcher build, 5 000 aliases + 1 000 risk terms (CPU)', cpu, 'ms', { budget: { op: '<', value: 100 }, baseline: ref(refs) });
  const pack = bigPack(5000, 1000, 'bench-cached');
  compilePack(pack);
  const r = rounds(1000, () => compilePack(pack));
  figure('matcher, cached lookup by version', r.cpu, 'µs', { baseline: ref(r.ref), note: '(no budget of its own)' });
}

const posts = [
  '青禾牛奶喝了孩子过敏住院，已经找律师准备起诉，大家避雷！[怒]',
  '青禾的配送太慢了，等了两个小时，投诉了',
  '青禾牛奶真好喝，推荐给大家[赞]',
  '今天去田里看了青禾苗，长势喜人',
  '清禾家的酸奶又胀包了，呵呵，真是绝了',
  '某禾乳业的高管被带走调查了，这次事情闹大了，不知道后续怎么处理，大家怎么看？',
  'ＱＩＮＧＨＥ牛奶還讓我過敏了，客服到現在都不理人',
  '周末带娃去公园，天气很好，心情不错，晚上吃了火锅[哈哈]',
];

function throughput() {
  const pack = compilePack(demoPack);
  const t0 = performance.now();
  defaultSentimentModel();
  figure('sentiment models load (decode + automaton), once per process', [performance.now() - t0], 'ms', { digits: 0, note: '(no budget)' });
  const a = rounds(5000, (i) => analyze(pack, { text: posts[i % posts.length]!, counts: { reposts: i } }));
  figure('analyze (normalise + match + sentiment + risk), demo pack, per post', a.cpu, 'µs', { budget: µs50, baseline: ref(a.ref) });
  const model = defaultSentimentModel();
  const norm = posts.map((p) => normalizeTerm(p));
  const avg = posts.reduce((n, p) => n + p.length, 0) / posts.length;
  const s = rounds(5000, (i) => scoreChinese(model, norm[i % norm.length]!));
  figure(`sentiment, Chinese, short posts (~${fmt(avg, 0)} chars)`, s.cpu, 'µs', { budget: µs50, baseline: ref(s.ref) });
}

function modelSize() {
  const size = (name: string) => {
    const raw = readFileSync(resolve(root, `shared/src/engine/model/${name}`));
    return { raw: raw.length / 1024, gz: gzipSync(raw, { level: 9 }).length / 1024, json: JSON.parse(raw.toString('utf8')) as { keys: string } };
  };
  const zh = size('zh-sentiment.json');
  const en = size('en-sentiment.json');
  console.log(`  models: Chinese ${zh.json.keys.split('\n').length} keys, ${fmt(zh.raw, 0)} KB raw; English ${en.json.keys.split('\n').length} keys, ${fmt(en.raw, 0)} KB raw`);
  figure('sentiment models, Chinese + English, gzip', [zh.gz + en.gz], 'KB', { digits: 0, budget: { op: '≤', value: 1024 }, note: `(Chinese ${fmt(zh.gz, 0)} KB + English ${fmt(en.gz, 0)} KB)` });
}

function accuracy() {
  const dir = resolve(root, '../shared/data/sentiment');
  if (!existsSync(dir)) {
    console.log(`  accuracy: skipped, no ${dir}`);
    return;
  }
  const model = defaultSentimentModel();
  const sets = defaultDatasets(dir);
  const english = englishDatasets(dir);
  const weibo = sets.find((s) => s.name === 'weibo2018')?.validation.map((e) => normalizeTerm(e.text)) ?? [];
  if (weibo.length) {
    const avg = weibo.reduce((a, t) => a + t.length, 0) / weibo.length;
    const r = rounds(weibo.length, (i) => scoreChinese(model, weibo[i % weibo.length]!));
    figure(`sentiment, Chinese, real Weibo posts (weibo2018 held-out, ~${fmt(avg, 0)} chars)`, r.cpu, 'µs', { budget: µs50, baseline: ref(r.ref) });
  }
  const sst = english[0]?.validation.map((e) => e.text) ?? [];
  if (sst.length && model.english) {
    const en = model.english;
    const words = sst.reduce((a, t) => a + t.split(' ').length, 0) / sst.length;
    const r = rounds(sst.length, (i) => scoreEnglish(en, sst[i % sst.length]!));
    figure(`sentiment, English, review sentences (SST-2 held-out, ~${fmt(words, 0)} words)`, r.cpu, 'µs', { budget: µs50, baseline: ref(r.ref) });
  }
  console.log('  held-out accuracy, negative vs rest (texts never trained on); baseline: the majority class of the same split');
  const line = (name: string, xs: Example[], isNegative: (t: string) => boolean, budget?: Budget) => {
    const sc = evaluate(isNegative, xs);
    const neg = xs.filter((x) => x.negative).length / Math.max(1, xs.length);
    figure(`${name.padEnd(14)} (n=${sc.n}, negative F1 ${sc.negativeF1.toFixed(3)})`, [sc.accuracy * 100], '%', {
      digits: 1, baseline: { name: 'majority class', xs: [Math.max(neg, 1 - neg) * 100] }, ...(budget ? { budget } : {}),
    });
  };
  // Product reviews: the goal is 92 % (issue 15); Weibo must not drop. Validation texts that also occur in a training
  // file are not counted (train-data.ts heldOut), so these are figures on unseen text.
  const goals: Record<string, Budget> = {
    chnsenticorp: { op: '≥', value: 92 }, waimai: { op: '≥', value: 92 }, weibo2018: { op: '≥', value: 87.6 },
  };
  for (const s of sets) line(s.name, s.validation, (t) => scoreChinese(model, normalizeTerm(t)).negative >= 0.5, goals[s.name]);
  if (model.english) {
    const en = model.english;
    for (const s of english) line(s.name, s.validation, (t) => scoreEnglish(en, t).negative >= 0.5, { op: '≥', value: 80 });
  }
}

async function chromium() {
  const { chromium } = await import('playwright-core');
  // esbuild comes with tsx (no extra dependency); only the part of its API used here is typed.
  const esbuild = createRequire(require.resolve('tsx/package.json'))('esbuild') as {
    build(o: Record<string, unknown>): Promise<{ outputFiles: { text: string; contents: Uint8Array }[] }>;
  };
  const bundle = await esbuild.build({
    entryPoints: [resolve(here, 'engine-page.ts')], bundle: true, format: 'iife', globalName: 'VigilBench', write: false, minify: true, target: 'es2022',
  });
  const script = bundle.outputFiles[0]!.text;
  const core = await esbuild.build({
    stdin: { contents: "export * from './shared/src/engine/core.ts';", resolveDir: root, loader: 'ts' },
    bundle: true, format: 'esm', write: false, minify: true, target: 'es2022',
  });
  figure('engine/core.ts bundle for a content script (no model, no compromise), gzip', [gzipSync(core.outputFiles[0]!.contents).length / 1024], 'KB', {
    digits: 1, budget: { op: '<', value: 100 },
  });
  // 500 terms: 40 brands × 10 aliases + 100 risk terms, on ~1 MB of Chinese text in 4 000 paragraphs.
  const pack = bigPack(400, 100, 'bench-page');
  const terms = [...pack.brands.flatMap((b) => b.aliases), ...pack.riskTerms.map((t) => t.term)];
  const r = rng(99);
  const paras: string[] = [];
  let size = 0;
  while (size < 1_000_000) {
    let p = '';
    for (let k = 0; k < 6; k++) p += sentence(r, 30 + Math.floor(r() * 20)) + (r() < 0.5 ? terms[Math.floor(r() * terms.length)] : '') + '，';
    p += '。';
    paras.push(`<p>${p}</p>`);
    size += p.length;
  }
  const html = `<!doctype html><meta charset="utf-8"><style>::highlight(vigil-bench){background:yellow}</style><body><main>${paras.join('')}</main></body>`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const ours: number[] = [];
    let info = { ranges: 0, compileMs: 0 };
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.addScriptTag({ content: script });
      // Page code is passed as text: tsx's transform would otherwise add helpers the page does not have.
      const res = (await page.evaluate(`VigilBench.vigilHighlight(document.querySelector('main'), ${JSON.stringify(pack)})`)) as { ms: number; compileMs: number; ranges: number };
      ours.push(res.ms);
      info = res;
      await page.close();
    }
    const page = await browser.newPage();
    await page.setContent(html);
    await page.addScriptTag({ path: require.resolve('mark.js/dist/mark.min.js') });
    const mark = (await page.evaluate(`(() => {
      const t0 = performance.now();
      let marks = 0;
      new Mark(document.querySelector('main')).mark(${JSON.stringify(terms)}, {
        separateWordSearch: false, diacritics: false, done: (n) => { marks = n; },
      });
      void document.body.offsetHeight;
      return { ms: performance.now() - t0, marks };
    })()`)) as { ms: number; marks: number };
    await page.close();
    console.log(`  1 MB Chinese page (${fmt(size / 1e6, 2)} M chars, ${paras.length} paragraphs), 500 terms, Chromium (${info.ranges} ranges; pack compile in page ${fmt(info.compileMs)} ms, cached after):`);
    const markJs = { name: `mark.js 8.11 (${mark.marks} marks, one run: 1–3 min each)`, xs: [mark.ms] };
    figure('Vigil matcher + CSS highlights, 1 MB page', ours, 'ms', { digits: 1, baseline: markJs });
    figure('speed-up over mark.js on the same page', ours.map((x) => mark.ms / x), '×', { digits: 0, budget: { op: '≥', value: 50 } });
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<void> {
  loadLine('start');
  matcherBuild();
  throughput();
  modelSize();
  accuracy();
  await chromium();
  loadLine('end');
}
