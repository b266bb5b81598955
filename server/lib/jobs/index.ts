// Durable jobs: see runner.ts. Typical use:
//   jobs.register('notice.send', async (payload, { db }) => { ... });        // by kind
//   await enqueueJob(tx, { kind: 'notice.send', key: `notice:${id}`, runAt, payload });  // in the caller's transaction
//   jobs.recurring('report.daily', { dailyAt: '08:00' }, handler);          // one per day across instances
export { createJobRunner, enqueueJob, DEFAULT_BACKOFF, type JobRunner, type JobHandler, type JobContext, type JobRunnerOptions, type RunReport, type JobRow, type Schedule } from './runner.ts';
