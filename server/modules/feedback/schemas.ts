// Request and response shapes of the feedback API (validation, types and OpenAPI at once).
import { z } from 'zod';
import { BAD_TAGS, GOOD_TAGS, ONLINE_INDICATORS, ONSITE_INDICATORS, RATING_CHANNELS } from './levels.ts';

const level = z.number().int().min(1).max(5).describe('满意度：5 非常满意 … 1 非常不满意');
const score = z.number().int().min(1).max(5);
const tags = z.array(z.enum([...GOOD_TAGS, ...BAD_TAGS])).max(12).default([]).describe('评价标签');
const comment = z.string().trim().max(500).optional().describe('文字评价');

export const caseRatingInput = z
  .object({
    level,
    indicators: z.object(Object.fromEntries(Object.keys(ONLINE_INDICATORS).map((k) => [k, score.optional()])) as Record<keyof typeof ONLINE_INDICATORS, z.ZodOptional<typeof score>>).strict().default({}),
    tags,
    comment,
    anonymous: z.boolean().default(false).describe('匿名评价：计入统计，不启动回访整改'),
    channel: z.enum(['1', '2']).default('1').describe('评价渠道：1 PC 端，2 移动端'),
  })
  .strict();
export type CaseRatingInput = z.infer<typeof caseRatingInput>;

export const pointRatingInput = z
  .object({
    level,
    indicators: z.object(Object.fromEntries(Object.keys(ONSITE_INDICATORS).map((k) => [k, score.optional()])) as Record<keyof typeof ONSITE_INDICATORS, z.ZodOptional<typeof score>>).strict().default({}),
    tags,
    comment,
    anonymous: z.boolean().default(false),
    name: z.string().trim().min(1).max(30).optional().describe('未登录时可留姓名'),
    phone: z.string().regex(/^1[3-9]\d{9}$/, '手机号格式不正确').optional().describe('未登录时留手机号即为实名评价'),
    visitToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).optional().describe('本机访客标识（匿名评价时每次来访只计一次）'),
  })
  .strict();
export type PointRatingInput = z.infer<typeof pointRatingInput>;

export const ratingSchema = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  pointCode: z.string().nullable(),
  round: z.number().int(),
  channel: z.enum(Object.keys(RATING_CHANNELS) as [keyof typeof RATING_CHANNELS, ...(keyof typeof RATING_CHANNELS)[]]),
  level: z.number().int(),
  levelLabel: z.string(),
  indicators: z.record(z.string(), z.number()),
  tags: z.array(z.string()),
  comment: z.string().nullable(),
  anonymous: z.boolean(),
  raterName: z.string().nullable().describe('实名评价人（已脱敏）'),
  office: z.string(),
  itemName: z.string().nullable(),
  ratedAt: z.string(),
  additions: z.array(z.object({ comment: z.string(), at: z.string() })),
  followup: z.object({ id: z.string(), state: z.string(), stateLabel: z.string(), deadline: z.string() }).nullable(),
  appeal: z.object({ id: z.string(), state: z.string(), stateLabel: z.string() }).nullable(),
});

export const pointSchema = z.object({
  code: z.string(),
  kind: z.enum(['window', 'office']),
  name: z.string(),
  office: z.string(),
  active: z.boolean(),
});
export const pointInput = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9-]{2,32}$/, '编码为 2–32 位字母、数字或 -'),
    kind: z.enum(['window', 'office']),
    name: z.string().trim().min(2).max(60),
    office: z.string().trim().min(2).max(100),
  })
  .strict();

export const followupSchema = z.object({
  id: z.string(),
  office: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  deadline: z.string(),
  overdue: z.boolean(),
  escalated: z.boolean(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  callbackNote: z.string().nullable(),
  problem: z.string().nullable(),
  actionTaken: z.string().nullable(),
  applicantNote: z.string().nullable(),
  rating: ratingSchema,
  events: z.array(z.object({ at: z.string(), actor: z.string(), kind: z.string(), fromState: z.string().nullable(), toState: z.string().nullable(), note: z.string().nullable() })),
});

export const followupActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('callback'), expectedVersion: z.number().int(), callbackNote: z.string().trim().min(2).max(2000), problem: z.string().trim().min(2).max(2000) }).strict(),
  z.object({ action: z.literal('rectify'), expectedVersion: z.number().int(), actionTaken: z.string().trim().min(2).max(2000) }).strict(),
]);
export type FollowupActionInput = z.infer<typeof followupActionInput>;

export const followupResponseInput = z
  .object({ expectedVersion: z.number().int(), satisfied: z.boolean().describe('申请人确认整改结果（true）或提出异议（false）'), note: z.string().trim().max(1000).optional() })
  .strict();
