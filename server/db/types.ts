// The Kysely database interface: each module declares its own tables, composed here.
import type { Kysely, Transaction } from 'kysely';
import type { AuditTables } from '../lib/audit/tables.ts';
import type { JobTables } from '../lib/jobs/tables.ts';
import type { CatalogTables } from '../modules/catalog/tables.ts';
import type { IdentityTables } from '../modules/identity/tables.ts';
import type { CalendarTables } from '../modules/workflow/calendar/tables.ts';
import type { CaseDraftTables, CaseMaterialTables, CaseTables, DeadlineTables } from '../modules/cases/tables.ts';
import type { WorkflowTables } from '../modules/workflow/tables.ts';
import type { DataRequestTables, IntegrationTables } from '../modules/integration/tables.ts';
import type { ExpertTables } from '../modules/experts/tables.ts';
import type { FeedbackTables, InquiryTables } from '../modules/feedback/tables.ts';
import type { DashboardTables, SupervisionTables } from '../modules/supervision/tables.ts';
import type { MetaTables } from './meta-tables.ts';
import type { LicenceTables } from '../modules/documents/licences/tables.ts';
import type { SealTables } from '../modules/documents/seals/tables.ts';
import type { StampingTables } from '../modules/documents/stamping/tables.ts';
import type { PaperTables } from '../modules/documents/paper/tables.ts';

export interface DB extends MetaTables, AuditTables, CatalogTables, IdentityTables, CalendarTables, WorkflowTables, CaseTables, CaseMaterialTables, CaseDraftTables, JobTables, DeadlineTables, ExpertTables, IntegrationTables, DataRequestTables, SealTables, LicenceTables, StampingTables, PaperTables, FeedbackTables, InquiryTables, SupervisionTables, DashboardTables {}

/** A database handle or an open transaction: store functions accept either. */
export type Queryable = Kysely<DB> | Transaction<DB>;
