// The JSON contract with the provincial rating system (好差评系统): one evaluation per rating,
// modelled on the national 好差评 data (GB/T 39735: 评价编号, 办件编号, 事项编码, 评价渠道, 评价
// 等级 …). The stand-in implements it; the real system is reached by configuration
// (RATING_URL, RATING_TOKEN). See docs/integration.md.
import { z } from 'zod';

export const RATING_PATHS = { push: '/api/v1/evaluations' } as const;

export const evaluationSchema = z.object({
  idempotencyKey: z.string().describe('推送标识（rating:{评价编号}）'),
  evaluationId: z.string().describe('评价编号'),
  subject: z.enum(['case', 'visit']).describe('case 办件评价；visit 窗口/处室现场评价（扫码）'),
  caseNo: z.string().nullable().describe('办件编号（办件评价）'),
  implementCode: z.string().nullable().describe('事项实施编码（办件评价）'),
  itemName: z.string().nullable().describe('事项名称；现场评价为窗口或处室名称'),
  deptName: z.string().describe('被评价部门'),
  office: z.string().describe('被评价处室或窗口所属单位'),
  pointCode: z.string().nullable().describe('评价点编码（现场评价）'),
  channel: z.enum(['1', '2', '3', '4', '5', '6', '7']).describe('评价渠道：1 PC 端, 2 移动端, 3 二维码, 4 政务大厅平板, 5 其他终端, 6 电话, 7 短信'),
  level: z.number().int().min(1).max(5).describe('评价等级：5 非常满意 … 1 非常不满意'),
  levelLabel: z.string(),
  indicators: z.record(z.string(), z.number()).describe('分项评价（指标 → 1–5）'),
  tags: z.array(z.string()),
  comment: z.string().nullable(),
  anonymous: z.boolean(),
  raterName: z.string().nullable().describe('实名评价人姓名（匿名时为空；不传证件号码）'),
  round: z.number().int().describe('评价轮次'),
  ratedAt: z.string().describe('评价时间（ISO 8601）'),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const evaluationAckSchema = z.object({ code: z.literal('0'), receiptNo: z.string(), duplicate: z.boolean().optional() });
