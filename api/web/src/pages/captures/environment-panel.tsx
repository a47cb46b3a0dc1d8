import { useSignal } from '@preact/signals';
import { Fragment } from 'preact';
import { errorText } from '../../errors.ts';
import { fetchArtefact } from './download.ts';
import { ct, type CaptureText } from './text.ts';

/** The facts of environment.json a reviewer weighs (最高人民法院 规定 第十一条: a reliable capture environment). */
interface EnvFacts {
  browser?: string;
  extension?: string;
  userAgent?: string;
  viewport?: string;
  timeZone?: string;
  locale?: string;
  clock?: string;
  methods: [string, string][];
}

const s = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const o = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

export function parseEnvironment(json: string): EnvFacts | null {
  let raw: Record<string, unknown>;
  try {
    raw = o(JSON.parse(json));
  } catch {
    return null;
  }
  const b = o(raw.browser);
  const e = o(raw.extension);
  const v = o(raw.viewport);
  const c = o(raw.clock);
  const join = (...parts: unknown[]) => parts.filter((p) => p !== undefined && p !== null && p !== '').join(' ') || undefined;
  return {
    browser: join(s(b.name), s(b.version), s(b.platform) && `· ${s(b.platform)}`),
    extension: join(s(e.name), s(e.version)),
    userAgent: s(raw.userAgent),
    viewport: typeof v.width === 'number' ? `${String(v.width)}×${String(v.height)} @${String(v.devicePixelRatio)}x` : undefined,
    timeZone: s(raw.timeZone),
    locale: s(raw.locale),
    clock: typeof c.offsetMs === 'number' ? `${c.offsetMs >= 0 ? '+' : ''}${c.offsetMs} ms ± ${String(c.uncertaintyMs ?? '?')} ms` : undefined,
    methods: Object.entries(o(raw.method)).filter((m): m is [string, string] => typeof m[1] === 'string'),
  };
}

const rows: [keyof Omit<EnvFacts, 'methods'>, CaptureText][] = [
  ['browser', 'envBrowser'], ['extension', 'envExtension'], ['userAgent', 'envUserAgent'], ['viewport', 'envViewport'],
  ['timeZone', 'envTimeZone'], ['locale', 'envLocale'], ['clock', 'envClock'],
];

/** Read on request (it is a download, so a custody event), not on every visit. */
export function EnvironmentPanel({ captureId }: { captureId: string }) {
  const facts = useSignal<EnvFacts | null>(null);
  const loading = useSignal(false);
  const error = useSignal<string | null>(null);
  const load = async () => {
    loading.value = true;
    error.value = null;
    try {
      facts.value = parseEnvironment(await (await fetchArtefact(captureId, 'environment.json')).text());
      if (!facts.value) error.value = ct('envUnreadable');
    } catch (err) {
      error.value = errorText(err);
    } finally {
      loading.value = false;
    }
  };
  const f = facts.value;
  return (
    <section class="panel" data-testid="capture-environment">
      <div class="bar">
        <h3 class="grow">{ct('environment')}</h3>
        {!f && <button type="button" data-testid="environment-load" disabled={loading.value} onClick={() => void load()}>{loading.value ? ct('loading') : ct('envShow')}</button>}
      </div>
      {error.value && <p class="error" role="alert">{error.value}</p>}
      {f && (
        <dl class="facts">
          {rows.map(([k, label]) => (f[k] ? (<Fragment key={k}><dt>{ct(label)}</dt><dd data-testid={`env-${k}`}>{f[k]}</dd></Fragment>) : null))}
          {f.methods.map(([k, m]) => (<Fragment key={`m-${k}`}><dt>{`${ct('envMethod')} · ${k}`}</dt><dd>{m}</dd></Fragment>))}
        </dl>
      )}
    </section>
  );
}
