import { useEffect, useState } from 'preact/hooks';
import { mt } from './text.ts';

const span = (ms: number) => {
  const m = Math.floor(Math.abs(ms) / 60_000);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
};

/** A live countdown to `due` (h:mm), red once it is past. */
export function Countdown({ due, done }: { due: string; done?: boolean }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  const left = Date.parse(due) - now;
  if (done) return <span class="countdown done">✓</span>;
  return <span class={`countdown ${left < 0 ? 'overdue' : left < 6 * 3_600_000 ? 'soon' : ''}`} data-testid="countdown">{left < 0 ? mt('overdue', { t: span(left) }) : mt('left', { t: span(left) })}</span>;
}
