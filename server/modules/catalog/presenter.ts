// Turns catalogue rows into API shapes; raw rows never leave the module.
import type { AdminItem, Guide, ItemSummary } from './api-schema.ts';
import { CODE_LISTS, type ItemContent } from './schema.ts';
import type { ItemRow, listPublished, listVersions } from './store.ts';

type SummaryRow = Awaited<ReturnType<typeof listPublished>>['rows'][number];
type VersionRow = Awaited<ReturnType<typeof listVersions>>[number];

export function presentSummary(r: SummaryRow): ItemSummary {
  return {
    code: r.code,
    name: r.name,
    type: r.type,
    typeName: CODE_LISTS.itemType[r.type as keyof typeof CODE_LISTS.itemType] ?? r.type,
    office: r.office,
    audiences: r.audiences,
    themes: r.themes,
    visits: r.visits,
    onlineDepth: r.online_depth,
    promisedDays: r.promised_days,
    statutoryDays: r.statutory_days,
    materialsCount: r.materials_count,
    highFrequency: r.high_frequency,
    version: r.version,
  };
}

/** 材料编码 = 实施编码 + a 3-digit sequence (GB/T 39554). */
export const materialCode = (itemCode: string, index: number): string => `${itemCode}${String(index + 1).padStart(3, '0')}`;

export function presentGuide(row: { version: number; content: ItemContent; published_at: Date | null }): Guide {
  return {
    ...row.content,
    version: row.version,
    status: 'published',
    publishedAt: (row.published_at ?? new Date(0)).toISOString(),
    materialCodes: row.content.materials.map((_, i) => materialCode(row.content.code, i)),
  };
}

export function presentVersion(v: VersionRow) {
  return {
    version: v.version,
    state: v.state,
    name: v.name,
    createdAt: v.created_at.toISOString(),
    createdBy: v.created_by,
    publishedAt: v.published_at?.toISOString() ?? null,
    publishedBy: v.published_by,
  };
}

export function presentAdminItem(
  item: ItemRow,
  name: string,
  versions: VersionRow[],
  draft: { content: ItemContent; revision: number } | null,
  published: ItemContent | null,
  history: AdminItem['history'],
): AdminItem {
  return {
    code: item.code,
    name,
    status: item.status,
    publishedVersion: item.published_version,
    draftVersion: item.draft_version,
    updatedAt: item.updated_at.toISOString(),
    versions: versions.map(presentVersion),
    draftRevision: draft?.revision ?? null,
    draft: draft?.content ?? null,
    published,
    history,
  };
}
