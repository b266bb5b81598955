// The outbox delivery worker: polls outbox_message (the outbox is the queue), claims due
// messages with a lease, hands each to its topic's adapter, and records the outcome —
// delivered, or retried with exponential backoff, or dead after `maxAttempts`. Several
// instances may run on one PostgreSQL; each message is claimed by one of them at a time.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.ts';
import { retryDelaySeconds, type BackoffSettings } from './backoff.ts';
import { claim, markDelivered, markFailed, type OutboxRow } from './store.ts';

/** Delivers one message to its system; throws when it did not arrive. */
export type Deliver = (msg: OutboxRow) => Promise<void>;

/** A failure that retrying cannot fix (the receiver refused the content): dead at once. */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

export interface OutboxWorkerSettings {
  /** topic → adapter; a key ending in '*' matches every topic starting with what precedes it ('notice.*'). */
  adapters: Record<string, Deliver>;
  instance?: string;
  leaseSeconds: number;
  pollMs: number;
  batchSize: number;
  maxAttempts: number;
  backoff: BackoffSettings;
  log?: { info: (o: object, m: string) => void; warn: (o: object, m: string) => void };
}

export function adapterFor(adapters: Record<string, Deliver>, topic: string): Deliver | undefined {
  if (adapters[topic]) return adapters[topic];
  const prefix = Object.keys(adapters).filter((k) => k.endsWith('*') && topic.startsWith(k.slice(0, -1))).sort((a, b) => b.length - a.length)[0];
  return prefix ? adapters[prefix] : undefined;
}

export function createOutboxWorker(db: Kysely<DB>, s: OutboxWorkerSettings) {
  const instance = s.instance ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  const topics = Object.keys(s.adapters).filter((k) => !k.endsWith('*'));
  const prefixes = Object.keys(s.adapters).filter((k) => k.endsWith('*')).map((k) => k.slice(0, -1));
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = true;

  async function deliverOne(msg: OutboxRow): Promise<void> {
    const deliver = adapterFor(s.adapters, msg.topic)!;
    try {
      await deliver(msg);
      await markDelivered(db, msg.id);
    } catch (err) {
      const permanent = err instanceof PermanentDeliveryError;
      const dead = permanent || msg.attempts >= s.maxAttempts;
      const error = (err as Error).message || String(err);
      s.log?.warn({ outboxId: msg.id, topic: msg.topic, attempt: msg.attempts, dead, error }, 'outbox delivery failed');
      await markFailed(db, msg.id, instance, { error, dead, retryInSeconds: retryDelaySeconds(msg.attempts, s.backoff) });
    }
  }

  /** One round: claims a batch and delivers it; resolves with how many were claimed. */
  async function runOnce(): Promise<number> {
    const batch = await claim(db, { instance, leaseSeconds: s.leaseSeconds, limit: s.batchSize, topics, prefixes });
    await Promise.all(batch.map(deliverOne));
    return batch.length;
  }

  function schedule(ms: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = runOnce().catch((err: unknown) => {
        s.log?.warn({ error: (err as Error).message }, 'outbox poll failed');
        return 0;
      });
      void running.then((n) => {
        running = null;
        // A full batch: there may be more waiting, poll again at once.
        schedule(n >= s.batchSize ? 0 : s.pollMs);
      });
    }, ms);
  }

  return {
    instance,
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    /** Stops polling and waits for the round in progress (its deliveries finish or fail). */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
