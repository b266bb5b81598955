// The JSON contract with the credit platform (信用平台): the credit query (应查必查) and the
// publication of licensing decisions (双公示). The stand-in implements it; a real credit
// platform is reached by configuration (CREDIT_URL, CREDIT_TOKEN). See docs/integration.md.
import { z } from 'zod';

export const creditEntrySchema = z.object({
  listKind: z.enum(['serious_dishonesty', 'judgment_defaulter']).describe('serious_dishonesty 严重失信主体, judgment_defaulter 失信被执行人'),
  name: z.string(),
  reason: z.string().nullable(),
  listedOn: z.string().nullable(),
  authority: z.string().nullable(),
});

export const creditQuerySchema = z.object({
  subjectCode: z.string().describe('统一社会信用代码或居民身份证号'),
  subjectType: z.enum(['001', '111']).describe('001 统一社会信用代码, 111 公民身份号码'),
  purpose: z.string().describe('查询事由（办件编号）'),
});
export const creditAnswerSchema = z.object({ code: z.literal('0'), listed: z.boolean(), entries: z.array(creditEntrySchema) });

/** 行政许可信息 for 双公示 (publication within 7 working days of the decision). */
export const licensingPublicitySchema = z.object({
  idempotencyKey: z.string(),
  decisionNo: z.string().describe('行政许可决定文书号（办件编号）'),
  itemName: z.string().describe('项目名称（事项名称）'),
  category: z.string().describe('审批类别：普通'),
  holderName: z.string().describe('行政相对人名称'),
  holderCodeType: z.enum(['001', '111']),
  holderCode: z.string().describe('行政相对人代码（身份证号时公示前脱敏由平台处理）'),
  decision: z.enum(['0', '1']).describe('0 准予许可, 1 不予许可'),
  decidedOn: z.string().describe('许可决定日期 YYYY-MM-DD'),
  authority: z.string().describe('许可机关（统一社会信用代码）'),
});
export type LicensingPublicity = z.infer<typeof licensingPublicitySchema>;

export const CREDIT_PATHS = { query: '/api/v1/credit/query', publicity: '/api/v1/publicity/licensing' } as const;
