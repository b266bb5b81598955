// Request and response shapes of the catalogue's HTTP API (public and admin).
import { z } from 'zod';
import { audienceSchema, itemContentSchema, itemTypeSchema, onlineDepthSchema } from './schema.ts';

const intParam = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `${label}应为整数` }).int(`${label}应为整数`).min(min, `${label}不能小于 ${min}`).max(max, `${label}不能大于 ${max}`);

export const listQuerySchema = z.object({
  q: z.string().trim().max(50, '关键词不能超过 50 个字').optional().describe('关键词，按空格分词，全部命中'),
  type: itemTypeSchema.optional(),
  theme: z.string().max(20).optional().describe('主题'),
  audience: audienceSchema.optional(),
  visits: intParam('到现场次数', 0, 10).optional(),
  onlineDepth: onlineDepthSchema.optional(),
  highFrequency: z.enum(['true', 'false']).optional().describe('仅高频事项'),
  page: intParam('页码', 1, 100000).default(1),
  pageSize: intParam('每页条数', 1, 100).default(20),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const itemSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  typeName: z.string(),
  office: z.string(),
  audiences: z.array(z.string()),
  themes: z.array(z.string()),
  visits: z.number().int(),
  onlineDepth: z.string(),
  promisedDays: z.number().int(),
  statutoryDays: z.number().int().nullable(),
  materialsCount: z.number().int(),
  highFrequency: z.boolean(),
  version: z.number().int(),
});
export type ItemSummary = z.infer<typeof itemSummarySchema>;

export const listResponseSchema = z.object({
  items: z.array(itemSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** The published guide: the content plus version metadata and derived codes. */
export const guideSchema = itemContentSchema.safeExtend({
  version: z.number().int(),
  status: z.enum(['published', 'retired']),
  publishedAt: z.string().describe('发布时间 ISO 8601'),
  materialCodes: z.array(z.string()).describe('材料编码 = 实施编码 + 3 位序号，与 materials 一一对应'),
});
export type Guide = z.infer<typeof guideSchema>;

export const facetsSchema = z.object({
  total: z.number().int(),
  types: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
  themes: z.array(z.object({ name: z.string(), count: z.number().int() })),
  audiences: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
});

export const reformFiguresSchema = z.object({
  publishedItems: z.number().int(),
  noVisit: z.object({ count: z.number().int(), share: z.number(), target: z.number(), met: z.boolean() }),
  fullyOnline: z.object({ count: z.number().int(), share: z.number() }),
  timeRatio: z.object({
    overall: z.number().nullable().describe('Σ承诺 / Σ法定（仅含有法定时限的事项）'),
    promisedDaysTotal: z.number().int(),
    statutoryDaysTotal: z.number().int(),
  }),
  materials: z.object({ total: z.number().int(), average: z.number(), required: z.number().int() }),
  perItem: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      visits: z.number().int(),
      onlineDepth: z.string(),
      promisedDays: z.number().int(),
      statutoryDays: z.number().int().nullable(),
      timeRatio: z.number().nullable(),
      materials: z.number().int(),
      requiredMaterials: z.number().int(),
      commitmentMaterials: z.number().int().describe('可告知承诺替代的材料数'),
      sharedMaterials: z.number().int().describe('由电子证照库或部门共享获取、申请人免提交的材料数'),
    }),
  ),
});
export type ReformFigures = z.infer<typeof reformFiguresSchema>;

// ---- admin ----
export const adminListQuerySchema = z.object({
  q: z.string().trim().max(50).optional(),
  status: z.enum(['draft', 'published', 'retired']).optional(),
  page: intParam('页码', 1, 100000).default(1),
  pageSize: intParam('每页条数', 1, 100).default(20),
});

export const versionInfoSchema = z.object({
  version: z.number().int(),
  state: z.enum(['draft', 'published', 'superseded']),
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
});

export const adminItemRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  status: z.enum(['draft', 'published', 'retired']),
  publishedVersion: z.number().int().nullable(),
  draftVersion: z.number().int().nullable(),
  updatedAt: z.string(),
});


export const adminListResponseSchema = z.object({
  items: z.array(adminItemRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const auditEntrySchema = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const adminItemSchema = adminItemRowSchema.extend({
  draftRevision: z.number().int().nullable().describe('草稿修订号；保存草稿时作为 baseRevision 回传'),
  versions: z.array(versionInfoSchema),
  draft: itemContentSchema.nullable(),
  published: itemContentSchema.nullable(),
  history: z.array(auditEntrySchema),
});
export type AdminItem = z.infer<typeof adminItemSchema>;

export const versionContentSchema = versionInfoSchema.extend({ content: itemContentSchema });

export const saveDraftBodySchema = z.object({
  content: itemContentSchema,
  /** The draft version the editor started from; omit both to start a new draft from the published version. */
  baseVersion: z.number().int().positive().optional(),
  /** The draft's revision when the editor loaded it; a stale one is a conflict. */
  baseRevision: z.number().int().positive().optional(),
});

export const publishBodySchema = z.object({ version: z.number().int().positive() });
export const retireBodySchema = z.object({ reason: z.string().trim().min(2, '请填写停用原因').max(500) });

export const diffQuerySchema = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});
export const diffResponseSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({
      path: z.string().describe('字段路径，如 materials.2.name'),
      kind: z.enum(['added', 'removed', 'changed']),
      before: z.unknown().optional(),
      after: z.unknown().optional(),
    }),
  ),
});

// Named components in the OpenAPI document (referenced, not repeated in every route).
for (const [schema, id] of [
  [itemContentSchema, 'ItemContent'],
  [itemSummarySchema, 'ItemSummary'],
  [guideSchema, 'Guide'],
  [adminItemSchema, 'AdminItem'],
  [versionInfoSchema, 'VersionInfo'],
  [reformFiguresSchema, 'ReformFigures'],
  [facetsSchema, 'Facets'],
] as const) {
  if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
}
