// Response and request types shared with the server: inferred from its zod schemas
// (type-only imports, so no schema code reaches the bundle through this file).
import type { z } from 'zod';
import type {
  adminItemRowSchema,
  auditEntrySchema,
  diffResponseSchema,
  facetsSchema,
  listQuerySchema,
  versionContentSchema,
  versionInfoSchema,
} from '../../../server/modules/catalog/api-schema.ts';

export type {
  AdminItem,
  Guide,
  ItemSummary,
  ReformFigures,
} from '../../../server/modules/catalog/api-schema.ts';
export type { ItemContent, Material } from '../../../server/modules/catalog/schema.ts';

export type Facets = z.infer<typeof facetsSchema>;
export type VersionInfo = z.infer<typeof versionInfoSchema>;
export type VersionContent = z.infer<typeof versionContentSchema>;
export type AdminItemRow = z.infer<typeof adminItemRowSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type DiffResponse = z.infer<typeof diffResponseSchema>;
export type DiffChange = DiffResponse['changes'][number];
export type ItemStatus = AdminItemRow['status'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Query parameters of the public item list, as strings the URL can carry. */
export type ListParams = Partial<Record<keyof z.input<typeof listQuerySchema>, string>>;

export interface AdminListParams {
  q?: string;
  status?: ItemStatus;
  page?: number;
  pageSize?: number;
}
