import { answer, type Envelope, type Handlers, isEnvelope, type MessageType, type Reply, type Request, type Response, unwrap } from './messaging.ts';

// A long-lived channel from a page's content script to the background, for the messages a page sends all the time
// (issue 15: a scroll batch's units). `chrome.runtime.sendMessage` opens a new channel per message, and opening one
// held the page's main thread for about 2 ms of a 5 ms batch (wall 1.7–2.3 ms, CPU 0.1 ms: waiting, not working).
// One port carries every request instead; messages on it arrive in the order they were sent. When the service worker
// stops, the port closes: the next request opens a new one, and requests left unanswered are sent once more (the
// messages on the channel are idempotent: a reset, a batch of units, a read).

/** The port name the background answers on. */
export const CHANNEL = 'vigil:channel';

type Numbered = Envelope & { id: number };
type Answer = Reply<MessageType> & { id: number };

interface Waiting {
  type: MessageType;
  data: unknown;
  tries: number;
  /** The port the request was last posted on. */
  on?: chrome.runtime.Port;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Same contract as `send`, over one port that is (re)opened on demand. */
export function openChannel() {
  let port: chrome.runtime.Port | null = null;
  let next = 0;
  const waiting = new Map<number, Waiting>();

  function connect(): chrome.runtime.Port {
    const p = chrome.runtime.connect({ name: CHANNEL });
    p.onMessage.addListener((answer: Answer) => {
      const w = waiting.get(answer.id);
      if (!w) return;
      waiting.delete(answer.id);
      try {
        w.resolve(unwrap(w.type, answer));
      } catch (err) {
        w.reject(err);
      }
    });
    p.onDisconnect.addListener(() => {
      void chrome.runtime.lastError;
      if (port === p) port = null;
      // Only what this port left unanswered: a port opened since (postMessage threw first) keeps its own.
      for (const [id, w] of waiting) {
        if (w.on !== p) continue;
        waiting.delete(id);
        post(w);
      }
    });
    return p;
  }

  function post(w: Waiting, failure?: unknown): void {
    if (w.tries++ >= 2) {
      w.reject(failure ?? new Error(`Vigil: no handler answered "${w.type}"`));
      return;
    }
    const id = ++next;
    try {
      w.on = port ??= connect();
      waiting.set(id, w);
      w.on.postMessage({ id, vigil: w.type, data: w.data } as Numbered);
    } catch (err) {
      // A port closed under us (postMessage throws), or the extension was reloaded (connect throws): try a new one.
      waiting.delete(id);
      port = null;
      post(w, err);
    }
  }

  return {
    send<K extends MessageType>(type: K, ...[data]: Request<K> extends undefined ? [] : [Request<K>]): Promise<Response<K>> {
      return new Promise((resolve, reject) => post({ type, data, tries: 0, resolve: resolve as (v: unknown) => void, reject }));
    },
  };
}

/** Answers requests on every channel a content script opens, as `listen` answers one-off messages. */
export function serveChannels(handlers: Handlers): () => void {
  const onConnect = (port: chrome.runtime.Port) => {
    if (port.name !== CHANNEL || !port.sender) return;
    const sender = port.sender;
    port.onMessage.addListener((m: unknown) => {
      if (!isEnvelope(m) || typeof (m as Numbered).id !== 'number') return;
      const id = (m as Numbered).id;
      const reply = answer(handlers, m, sender) ?? Promise.resolve({ ok: false as const, error: `Vigil: no handler answered "${m.vigil}"` });
      void reply.then((r) => {
        try {
          port.postMessage({ ...r, id });
        } catch {
          // The page went away: nobody is waiting for the answer.
        }
      });
    });
  };
  chrome.runtime.onConnect.addListener(onConnect);
  return () => chrome.runtime.onConnect.removeListener(onConnect);
}
