// The Kysely database interface: each module declares its own tables, composed here.
import type { Kysely, Transaction } from 'kysely';
import type { AuditTables } from '../lib/audit/tables.ts';
import type { CatalogTables } from '../modules/catalog/tables.ts';
import type { IdentityTables } from '../modules/identity/tables.ts';
import type { CalendarTables } from '../modules/workflow/calendar/tables.ts';
import type { CaseMaterialTables, CaseTables } from '../modules/cases/tables.ts';
import type { WorkflowTables } from '../modules/workflow/tables.ts';
import type { FeedbackTables, InquiryTables } from '../modules/feedback/tables.ts';
import type { SupervisionTables } from '../modules/supervision/tables.ts';
import type { MetaTables } from './meta-tables.ts';

export interface DB extends MetaTables, AuditTables, CatalogTables, IdentityTables, CalendarTables, WorkflowTables, CaseTables, CaseMaterialTables, FeedbackTables, InquiryTables, SupervisionTables {}

/** A database handle or an open transaction: store functions accept either. */
export type Queryable = Kysely<DB> | Transaction<DB>;
