// Ratings (好差评) reach the provincial rating system through the outbox, on each engine: the
// stand-in (real HTTP) records a rating once, with the contract's fields; while it fails the
// message is retried with backoff and nothing is lost when it recovers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationConfigFrom, integrationEnvSchema } from '../server/modules/integration/config.ts';
import { startRatingStandin, type RatingStandin } from '../server/modules/integration/standins/rating.ts';
import { engines } from './support/databases.ts';
import { listeningApp, type ListeningApp } from './support/listening-app.ts';

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(engines)('rating push to the provincial rating system on %s', (engine) => {
  let t: ListeningApp;
  let rating: RatingStandin;
  const TOKEN = 'rating-token-123';

  const rate = async (visitToken: string, level: number, comment?: string) => {
    const res = await fetch(`${t.url}/api/rate/points/W-HALL-01`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ level, indicators: { serviceEfficiency: level, serviceAttitude: level }, tags: level < 3 ? ['办理时间长'] : ['服务态度好'], visitToken, ...(comment ? { comment } : {}) }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string };
  };
  const outbox = (key: string) => t.db.database.db.selectFrom('outbox_message').selectAll().where('idempotency_key', '=', key).executeTakeFirstOrThrow();

  beforeAll(async () => {
    rating = await startRatingStandin({ token: TOKEN });
    const integration = integrationConfigFrom(integrationEnvSchema.parse({
      STANDINS: 'false', OUTBOX_POLL_MS: '50', OUTBOX_BACKOFF_BASE_SECONDS: '0.2', OUTBOX_BACKOFF_MAX_SECONDS: '0.5', OUTBOX_MAX_ATTEMPTS: '50', REMOTE_TIMEOUT_MS: '2000',
      RATING_URL: rating.url, RATING_TOKEN: TOKEN,
    }));
    t = await listeningApp(engine, { integration });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await rating?.close();
  });

  it('delivers a rating to the stand-in once, with the contract fields', async () => {
    const r = await rate('visitor-token-aaaa-0001', 5);
    await until('the rating at the stand-in', async () => (await outbox(`rating:${r.id}`)).delivered_at !== null);
    const got = rating.received.filter((e) => e.evaluationId === r.id);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      idempotencyKey: `rating:${r.id}`, subject: 'visit', caseNo: null, pointCode: 'W-HALL-01', channel: '3', level: 5, levelLabel: '非常满意',
      indicators: { serviceEfficiency: 5, serviceAttitude: 5 }, tags: ['服务态度好'], anonymous: true, raterName: null, deptName: '安徽省科学技术厅', round: 1,
    });
    expect(rating.duplicates()).toBe(0);
    expect((await outbox(`rating:${r.id}`)).attempts).toBe(1);
  });

  it('keeps retrying while the rating system fails and delivers once when it recovers', async () => {
    rating.behaviour.mode = 'fail';
    const r = await rate('visitor-token-bbbb-0002', 1, '排队时间太长，窗口只开了一个');
    await until('two failed attempts', async () => {
      const m = await outbox(`rating:${r.id}`);
      return m.attempts >= 2 && m.delivered_at === null && m.dead_at === null;
    });
    expect((await outbox(`rating:${r.id}`)).last_error).toContain('503');
    expect(rating.received.some((e) => e.evaluationId === r.id)).toBe(false);
    rating.behaviour.mode = 'ok';
    await until('delivery after recovery', async () => (await outbox(`rating:${r.id}`)).delivered_at !== null);
    const got = rating.received.filter((e) => e.evaluationId === r.id);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ level: 1, levelLabel: '非常不满意', comment: '排队时间太长，窗口只开了一个', tags: ['办理时间长'] });
    expect(rating.duplicates()).toBe(0);
  });
});
