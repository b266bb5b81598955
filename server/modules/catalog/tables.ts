import type { Generated, GeneratedAlways, JSONColumnType } from 'kysely';
import type { ItemContent } from './schema.ts';

export type ItemStatus = 'draft' | 'published' | 'retired';
export type VersionState = 'draft' | 'published' | 'superseded';

export interface CatalogTables {
  catalog_item: {
    code: string;
    status: ItemStatus;
    published_version: number | null;
    draft_version: number | null;
    latest_version: number;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  catalog_item_version: {
    code: string;
    version: number;
    state: VersionState;
    revision: Generated<number>;
    content: JSONColumnType<ItemContent, string, string>;
    name: string;
    type: string;
    office: string;
    visits: number;
    online_depth: string;
    promised_days: number;
    statutory_days: number | null;
    high_frequency: boolean;
    themes: string[];
    audiences: string[];
    materials_count: number;
    /** Materials the department obtains itself (computed by the database; migration 0022). */
    materials_obtained: GeneratedAlways<number>;
    search_text: string;
    created_at: Generated<Date>;
    created_by: string;
    published_at: Date | null;
    published_by: string | null;
  };
  catalog_revision: { id: number; revision: number };
}
