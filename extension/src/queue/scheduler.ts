// chrome.alarms fires at most every 30 s; quicker retries use a timer while the worker is alive.
const ALARM_MIN_MS = 30_000;

/**
 * The durable queues' timer (issue 9): a timer while the service worker lives, and a chrome.alarms alarm that wakes
 * it when it was stopped meanwhile. `listen()` goes in the module's start (alarm listeners must be registered when
 * the worker starts); outside the extension (unit tests) only the timer runs.
 */
export function queueScheduler(name: string, flush: () => unknown) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const alarms = () => (typeof chrome !== 'undefined' ? chrome.alarms : undefined);
  return {
    schedule(at: number | null) {
      clearTimeout(timer);
      if (at === null) {
        void alarms()?.clear(name);
        return;
      }
      const delay = Math.max(0, at - Date.now());
      timer = setTimeout(() => void flush(), delay);
      // A timer must not keep a Node test process alive.
      (timer as { unref?: () => void }).unref?.();
      void alarms()?.create(name, { when: Date.now() + Math.max(delay, ALARM_MIN_MS) });
    },
    listen() {
      alarms()?.onAlarm.addListener((alarm) => {
        if (alarm.name === name) void flush();
      });
    },
  };
}
