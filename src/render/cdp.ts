/**
 * The few Chrome DevTools Protocol calls that printing needs, over the browser's own pipe
 * (`--remote-debugging-pipe`: fd 3 carries commands in, fd 4 answers and events out, each
 * message JSON ended by a NUL byte). No socket is opened, not even on the loopback, and no
 * client library is loaded: Puppeteer's import alone cost Node 0.2–0.4 s of CPU per build,
 * on the thread that composes the HTML while the browser starts.
 */
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
/** Protocol answers are JSON whose shape each caller names. */
type Answer = any;
type Listener = (params: Answer, sessionId: string | undefined) => void;

export interface CdpConnection {
  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send(method: string, params?: Params, sessionId?: string): Promise<Answer>;
  /** Calls `listener` for every event of that name, from any session. */
  on(event: string, listener: Listener): void;
  /** Removes a listener given to `on`. */
  off(event: string, listener: Listener): void;
  /** Rejects every command still waiting (the browser is gone) and refuses new ones. */
  fail(reason: Error): void;
}

export function pipeConnection(toBrowser: Writable, fromBrowser: Readable): CdpConnection {
  let nextId = 1;
  let failed: Error | undefined;
  const waiting = new Map<number, { resolve(v: Answer): void; reject(e: Error): void; method: string }>();
  const listeners = new Map<string, Set<Listener>>();
  let pending: Buffer[] = [];

  const dispatch = (text: string) => {
    const message = JSON.parse(text) as {
      id?: number;
      method?: string;
      params?: Answer;
      result?: Answer;
      error?: { message: string };
      sessionId?: string;
    };
    if (message.id !== undefined) {
      const w = waiting.get(message.id);
      if (!w) return;
      waiting.delete(message.id);
      if (message.error) w.reject(new Error(`${w.method}: ${message.error.message}`));
      else w.resolve(message.result);
    } else if (message.method) {
      for (const l of listeners.get(message.method) ?? []) l(message.params, message.sessionId);
    }
  };

  fromBrowser.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      const part = chunk.subarray(start, end);
      const text = pending.length ? Buffer.concat([...pending, part]).toString('utf8') : part.toString('utf8');
      pending = [];
      start = end + 1;
      dispatch(text);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  });

  const connection: CdpConnection = {
    send(method, params = {}, sessionId) {
      if (failed) return Promise.reject(failed);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, method });
        toBrowser.write(`${JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params })}\0`);
      });
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
    },
    off(event, listener) {
      listeners.get(event)?.delete(listener);
    },
    fail(reason) {
      failed ??= reason;
      for (const w of waiting.values()) w.reject(reason);
      waiting.clear();
    },
  };
  // A write after the browser has gone is reported by the command that waits, not thrown.
  toBrowser.on('error', (err: Error) => connection.fail(err));
  fromBrowser.on('error', (err: Error) => connection.fail(err));
  return connection;
}
