// The service-item guide (办事指南), written once: validation, TypeScript types and
// OpenAPI all come from these Zod schemas. Code values follow the national
// implementation list (GB/T 39554 and the national platform's interface tables);
// see ../shared/docs/standards.md. Pure Zod, no Node imports: the web app uses it too.
import { z } from 'zod';
import { zhCN } from 'zod/locales';
import { creditCodeProblem } from '../../lib/codes/credit-code.ts';
import { creditCodeSchema } from '../../lib/codes/zod.ts';
import { CODE_LISTS } from './code-lists.ts';
import { WORKFLOW_KEYS } from '../workflow/keys.ts';

export { CODE_LISTS };

// Zod's own messages (wrong type, unknown option…) in Chinese, on the server and in the browser alike.
z.config(zhCN());


type CodeOf<K extends keyof typeof CODE_LISTS> = keyof (typeof CODE_LISTS)[K] & string;
const codeEnum = <K extends keyof typeof CODE_LISTS>(list: K, label: string) =>
  z.enum(Object.keys(CODE_LISTS[list]) as [CodeOf<K>, ...CodeOf<K>[]]).describe(label);

export const itemTypeSchema = codeEnum('itemType', '事项类型');
export const audienceSchema = codeEnum('audience', '服务对象');
export const onlineDepthSchema = codeEnum('onlineDepth', '网上办理深度');

const text = (label: string, max = 200) => z.string().trim().min(1, `${label}不能为空`).max(max).describe(label);
const longText = (label: string) => text(label, 5000);

export { creditCodeSchema };

/** 实施编码 = implementing body's credit code (18) + 行使层级 (1) + 基本编码 (12). */
export const itemCodeSchema = z
  .string()
  .regex(/^[0-9A-Z]{18}[1-5][0-9A-Z]{12}$/, '实施编码应为 31 位：统一社会信用代码(18) + 行使层级(1) + 基本编码(12)')
  .refine((v) => creditCodeProblem(v.slice(0, 18)) === null, { message: '实施编码前 18 位不是有效的统一社会信用代码' })
  .describe('实施编码');

export const materialSchema = z.object({
  name: text('材料名称'),
  required: z.boolean().describe('是否必要'),
  requiredNote: z.string().max(500).optional().describe('必要性说明（如“仅适用于……”）'),
  toleranceAllowed: z.boolean().describe('是否允许容缺受理'),
  toleranceSupplyDays: z
    .number().int().min(1).max(60).optional()
    .describe('容缺材料须在受理之日起多少个工作日内补齐（缺省 5 个工作日）'),
  commitmentAllowed: z.boolean().describe('是否可用告知承诺替代'),
  source: codeEnum('materialSource', '材料来源'),
  form: codeEnum('materialForm', '材料形式'),
  fileFormats: z.array(z.string().max(20)).max(10).describe('电子材料格式，如 PDF、JPG'),
  originals: z.number().int().min(0).max(99).describe('原件份数'),
  copies: z.number().int().min(0).max(99).describe('复印件份数'),
  spec: z.string().max(1000).optional().describe('材料要求（填报说明、盖章签字要求等）'),
  templateUrl: z.string().max(500).optional().describe('空白表格下载地址'),
  sampleUrl: z.string().max(500).optional().describe('示例样表下载地址'),
});

export const legalBasisSchema = z.object({
  title: text('法律法规名称'),
  docNo: z.string().max(100).optional().describe('文号'),
  article: z.string().max(2000).optional().describe('条款内容'),
});

export const processStepSchema = z.object({
  name: text('环节名称', 50),
  actor: text('办理人/部门', 100),
  description: text('办理内容与标准', 2000),
  days: z.number().int().min(0).max(365).optional().describe('环节时限（工作日）'),
});

export const windowSchema = z.object({
  name: text('窗口名称', 100),
  address: text('办理地点', 300),
  hours: text('办理时间', 300),
  phone: text('联系电话', 100),
});

export const channelSchema = z.object({
  kind: text('方式', 20),
  value: text('内容', 300),
});

export const faqSchema = z.object({ q: text('问题', 500), a: longText('解答') });

export const feeSchema = z.object({
  charged: z.boolean().describe('是否收费'),
  basis: z.string().max(1000).optional().describe('收费依据'),
  items: z.array(z.object({ name: text('收费项目'), standard: text('收费标准', 500) })).max(20),
});

export const specialProcedureSchema = z.object({
  name: text('特别程序种类', 50),
  limit: text('时限', 100),
  note: z.string().max(1000).optional().describe('说明'),
  countsTowardLimit: z.boolean().describe('该程序时间是否计入承诺办结时限'),
});

/** Everything an administrator edits in one version of an item's guide. */
export const itemContentSchema = z
  .object({
    code: itemCodeSchema,
    basicCode: z.string().regex(/^[0-9A-Z]{12}$/, '基本编码应为 12 位数字或大写字母').describe('基本编码'),
    name: text('事项名称', 100),
    shortDescription: z.string().max(500).optional().describe('事项简介'),
    type: itemTypeSchema,
    powerSource: codeEnum('powerSource', '权力来源'),
    caseType: codeEnum('caseType', '办件类型'),
    level: codeEnum('level', '行使层级'),
    audiences: z.array(audienceSchema).min(1, '至少选择一类服务对象').describe('服务对象'),
    department: z.object({
      name: text('实施主体名称', 100),
      creditCode: creditCodeSchema,
      nature: codeEnum('bodyNature', '实施主体性质'),
    }),
    office: text('承办处室', 100),
    legalBasis: z.array(legalBasisSchema).min(1, '至少填写一项设定依据').describe('设定依据'),
    conditions: z.array(text('受理条件', 2000)).min(1, '至少填写一项受理条件').describe('受理条件'),
    materials: z.array(materialSchema).describe('申请材料'),
    statutoryLimit: z
      .object({
        value: z.number().positive(),
        unit: codeEnum('limitUnit', '时限单位'),
        note: z.string().max(1000).optional(),
      })
      .nullable()
      .describe('法定办结时限（原文单位）；无法定时限时为 null'),
    statutoryDays: z.number().int().positive().nullable().describe('法定办结时限折算工作日；无法定时限时为 null'),
    promisedDays: z.number().int().min(0).max(365).describe('承诺办结时限（工作日）；0 表示即办'),
    promisedNote: z.string().max(1000).optional().describe('承诺时限说明'),
    fee: feeSchema,
    visits: z.number().int().min(0).max(10).describe('到办事现场次数；0 = 一次不用跑'),
    onlineDepth: onlineDepthSchema,
    onlineUrls: z.object({ pc: z.string().max(500).optional(), mobile: z.string().max(500).optional() }),
    process: z.array(processStepSchema).min(1, '至少填写一个办理环节').describe('办理流程'),
    specialProcedures: z.array(specialProcedureSchema).describe('特别程序'),
    result: z.object({
      name: text('审批结果名称', 100),
      kind: codeEnum('resultKind', '结果类型'),
      validity: z.string().max(200).optional().describe('有效期'),
      delivery: text('送达方式', 500),
    }),
    windows: z.array(windowSchema).describe('办理窗口'),
    consultation: z.array(channelSchema).min(1, '至少填写一种咨询方式').describe('咨询方式'),
    complaint: z.array(channelSchema).min(1, '至少填写一种监督投诉方式').describe('监督投诉方式'),
    faq: z.array(faqSchema).describe('常见问题'),
    themes: z.array(text('主题', 20)).max(10).describe('主题分类'),
    highFrequency: z.boolean().describe('是否高频事项'),
    workflow: z
      .enum(Object.keys(WORKFLOW_KEYS) as [keyof typeof WORKFLOW_KEYS, ...(keyof typeof WORKFLOW_KEYS)[]])
      .optional()
      .describe('网上办理流程（缺省为通用审批流程）'),
    effectiveDate: z.iso.date().describe('生效日期'),
  })
  .superRefine((c, ctx) => {
    if ((c.statutoryLimit === null) !== (c.statutoryDays === null)) {
      ctx.addIssue({ code: 'custom', path: ['statutoryDays'], message: '法定时限与折算工作日须同时填写或同时为空' });
    }
    if (c.statutoryDays !== null && c.promisedDays > c.statutoryDays) {
      ctx.addIssue({ code: 'custom', path: ['promisedDays'], message: '承诺时限不能超过法定时限' });
    }
    if (c.caseType === '1' && c.promisedDays !== 0) {
      ctx.addIssue({ code: 'custom', path: ['promisedDays'], message: '即办件的承诺时限应为 0（当场办结）' });
    }
    if (c.visits > 0 && c.windows.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['windows'], message: '需要到现场办理的事项至少填写一个办理窗口' });
    }
    if (c.code.slice(0, 18) !== c.department.creditCode) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: '实施编码前 18 位应为实施主体的统一社会信用代码' });
    }
    if (c.code[18] !== c.level) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: '实施编码第 19 位应为行使层级代码' });
    }
    if (c.code.slice(19) !== c.basicCode) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: '实施编码后 12 位应为基本编码' });
    }
  });

export type ItemContent = z.infer<typeof itemContentSchema>;
export type Material = z.infer<typeof materialSchema>;

/** Working days to supply a tolerated (容缺) material when the item does not say. */
export const DEFAULT_TOLERANCE_SUPPLY_DAYS = 5;
