// Data scopes of staff roles on cases (数据范围): a role's stored scope narrows which cases
// its holder sees in queues and reads — by item (实施编码), by the item's office (承办处室)
// and by the applicant's region (行政区划: the 3rd–8th characters of an enterprise's credit
// code, the first six of a person's ID number). Empty axes do not limit. Experts see only
// cases they are assigned to. One SQL condition on case_file serves queues and reads alike.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { UserPrincipal } from '../identity/principal.ts';
import type { RoleScope } from '../identity/roles.ts';

/** The prefix a region code covers: 340000 (province) → 34, 340100 (city) → 3401, 340104 → 340104. */
export function regionPrefix(code: string): string {
  const c = code.trim();
  if (/^\d\d0000$/.test(c)) return c.slice(0, 2);
  if (/^\d{4}00$/.test(c)) return c.slice(0, 4);
  return c;
}

const applicantRegion = sql<string>`coalesce(
  (select substr(e.credit_code, 3, 6) from enterprise e where e.id = case_file.applicant_enterprise_id),
  (select substr(pp.id_number, 1, 6) from person pp where pp.id = case_file.applicant_person_id))`;

const any = (parts: RawBuilder<SqlBool>[]) => sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
const all = (parts: RawBuilder<SqlBool>[]) => sql<SqlBool>`(${sql.join(parts, sql` and `)})`;

/** The condition one role scope puts on case_file rows; null when it does not limit at all. */
export function scopeCondition(scope: RoleScope): RawBuilder<SqlBool> | null {
  const parts: RawBuilder<SqlBool>[] = [];
  if (scope.items?.length) parts.push(sql<SqlBool>`case_file.item_code in (${sql.join(scope.items)})`);
  if (scope.offices?.length) {
    parts.push(sql<SqlBool>`exists (select 1 from catalog_item_version v where v.code = case_file.item_code and v.version = case_file.item_version and v.office in (${sql.join(scope.offices)}))`);
  }
  if (scope.regions?.length) parts.push(any(scope.regions.map((r) => sql<SqlBool>`${applicantRegion} like ${`${regionPrefix(r)}%`}`)));
  return parts.length ? all(parts) : null;
}

/** Cases with an expert panel the person sits on (`open`: one still open, i.e. in the queue). */
export function assignedCondition(personId: string, open: boolean): RawBuilder<SqlBool> {
  return open
    ? sql<SqlBool>`case_file.id in (select p.case_id from case_expert_review r join case_expert_panel p on p.id = r.panel_id where r.expert_person_id = ${personId} and p.closed_at is null)`
    : sql<SqlBool>`case_file.id in (select r.case_id from case_expert_review r where r.expert_person_id = ${personId})`;
}

/**
 * Which cases the person sees through the given roles: true (all), false (none), or a
 * condition — the union of each held role's scope; experts through their assignments.
 */
export function visibility(p: UserPrincipal, roles: readonly string[], opts: { openPanelsOnly: boolean }): RawBuilder<SqlBool> | boolean {
  const parts: RawBuilder<SqlBool>[] = [];
  for (const role of p.roles.filter((r) => roles.includes(r))) {
    if (role === 'expert') {
      parts.push(assignedCondition(p.personId, opts.openPanelsOnly));
      continue;
    }
    const c = scopeCondition(p.scopes[role] ?? {});
    if (c === null) return true;
    parts.push(c);
  }
  return parts.length ? any(parts) : false;
}
