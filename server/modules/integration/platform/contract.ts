// The JSON contract between 科政通 and the provincial integrated government-service platform
// (省一体化政务服务平台) for case information (办件信息), modelled on the national platform's
// case-information fields. The stand-in implements exactly this; a real platform is reached by
// configuration (PLATFORM_URL, PLATFORM_TOKEN). Field by field: docs/integration.md.
import { z } from 'zod';

export const caseInfoSchema = z.object({
  idempotencyKey: z.string().min(1).max(200).describe('推送标识：同一标识重复推送，平台只记录一次'),
  seq: z.number().int().positive().describe('办件内推送序号（办件版本号），逐次递增'),
  caseNo: z.string().min(1).max(50).describe('办件编号'),
  implementCode: z.string().describe('实施编码'),
  basicCode: z.string().describe('基本编码'),
  itemName: z.string().describe('事项名称'),
  itemVersion: z.number().int().describe('事项版本'),
  deptCode: z.string().describe('受理部门编码（统一社会信用代码）'),
  channel: z.string().describe('申请渠道：0 窗口, 1 网上'),
  applicant: z.object({
    name: z.string().describe('申请人名称'),
    type: z.string().describe('申请人类型：1 自然人, 2 企业法人, …'),
    certType: z.enum(['111', '001']).describe('申请人证件类型：111 公民身份号码, 001 统一社会信用代码'),
    certNo: z.string().describe('申请人证件号码'),
  }),
  status: z.enum(['1', '2', '3']).describe('办件状态：1 待受理, 2 已受理, 3 已办结'),
  applyTime: z.string().describe('申请时间 (ISO 8601)'),
  acceptTime: z.string().nullable().describe('受理时间'),
  promisedDeadline: z.string().nullable().describe('承诺办结时间 (YYYY-MM-DD)'),
  step: z.object({
    name: z.string().describe('环节名称'),
    action: z.string().describe('业务动作'),
    result: z.string().nullable().describe('环节办理结果：0 不同意 … 7 退回'),
    opinion: z.string().nullable().describe('办理意见'),
    handler: z.string().nullable().describe('办理人员'),
    time: z.string().describe('环节时间'),
  }),
  conclusion: z
    .object({
      time: z.string().describe('办结时间'),
      result: z.string().describe('办结结果：0 出证办结, 1 不予许可, … 6 不予受理'),
      licenceNo: z.string().nullable().describe('结果证照编号'),
    })
    .nullable(),
});
export type CaseInfo = z.infer<typeof caseInfoSchema>;

export const ackSchema = z.object({ code: z.literal('0'), ack: z.string(), duplicate: z.boolean() });

export const queryRequestSchema = z.object({ caseNos: z.array(z.string()).max(500) });
export const queryResponseSchema = z.object({
  items: z.array(z.object({ caseNo: z.string(), seq: z.number().int(), status: z.string() })),
});

export const PATHS = { push: '/api/v1/case-info', query: '/api/v1/case-info/query' } as const;
