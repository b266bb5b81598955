// A receiving system for outbox tests: real HTTP (the stand-ins' server), records every
// delivery in arrival order and counts how often each idempotency key arrived.
import { startJsonServer, type StandinServer } from '../../server/modules/integration/standins/http-server.ts';
import { postJson } from '../../server/modules/integration/http.ts';
import type { OutboxRow } from '../../server/modules/integration/outbox/store.ts';

export interface Recorder extends StandinServer {
  arrivals: Array<{ key: string; payload: Record<string, unknown> }>;
  counts: Map<string, number>;
  deliver: (msg: OutboxRow) => Promise<void>;
}

export async function startRecorder(): Promise<Recorder> {
  const arrivals: Recorder['arrivals'] = [];
  const counts = new Map<string, number>();
  const server = await startJsonServer({
    'POST /receive': ({ body }) => {
      const b = body as { key: string; payload: Record<string, unknown> };
      arrivals.push(b);
      counts.set(b.key, (counts.get(b.key) ?? 0) + 1);
      return { status: 200, body: { ok: true } };
    },
  });
  return {
    ...server,
    arrivals,
    counts,
    deliver: async (msg) => void (await postJson(`${server.url}/receive`, { key: msg.idempotency_key, payload: msg.payload }, { timeoutMs: 2000 })),
  };
}
