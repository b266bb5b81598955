// Credit checks of a case's applicant (应查必查): run before acceptance and before decisions
// (the workflow's creditClear guard), stored on the case with source and time, shown to the
// reviewer; a listed applicant is stopped or flagged per the item's rule (联合惩戒), and a
// decision maker may let the case go on with a reason on record. Plus the CSV list import.
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { writeAudit } from '../../../lib/audit/audit-log.ts';
import { isValidCreditCode } from '../../../lib/codes/credit-code.ts';
import { isValidIdCard } from '../../../lib/codes/id-card.ts';
import { AppError } from '../../../lib/errors.ts';
import type { DB } from '../../../db/types.ts';
import { authorize, can } from '../../identity/authorize.ts';
import { actorOf, type Principal } from '../../identity/principal.ts';
import type { CreditFacts } from '../../workflow/engine.ts';
import { integrationPolicy } from '../policy.ts';
import type { CreditSource } from './source.ts';
import * as store from './store.ts';

const LIST_KINDS: Record<string, 'serious_dishonesty' | 'judgment_defaulter'> = {
  严重失信主体: 'serious_dishonesty', serious_dishonesty: 'serious_dishonesty',
  失信被执行人: 'judgment_defaulter', judgment_defaulter: 'judgment_defaulter',
};
const COLUMNS: Record<string, string> = {
  主体代码: 'code', 统一社会信用代码: 'code', 身份证号: 'code', code: 'code',
  名称: 'name', 主体名称: 'name', name: 'name',
  名单类型: 'kind', kind: 'kind',
  列入原因: 'reason', reason: 'reason',
  列入日期: 'listedOn', listedOn: 'listedOn',
  认定机关: 'authority', authority: 'authority',
};

export function createCreditService(db: Kysely<DB>, source: CreditSource) {
  async function runCheck(caseId: string, stage: string, actor: string) {
    const s = await store.subjectOf(db, caseId);
    if (!s) throw new AppError('CASE_NOT_FOUND');
    const subject = s.credit_code ? { code: s.credit_code, type: '001' as const } : { code: s.id_number, type: '111' as const };
    const answer = await source({ ...subject, purpose: s.case_no });
    return store.insertCheck(db, { case_id: caseId, stage, subject_code: subject.code, result: answer.result, source: answer.source, entries: answer.entries, checked_by: actor });
  }

  async function view(caseId: string, p: Principal) {
    const s = await store.subjectOf(db, caseId);
    if (!s) throw new AppError('CASE_NOT_FOUND');
    const [checks, overrides, rule] = await Promise.all([store.checks(db, caseId), store.overrides(db, caseId), store.rule(db, s.item_code)]);
    const latest = checks[0];
    return {
      rule,
      latest: latest ? { id: latest.id, result: latest.result, source: latest.source, stage: latest.stage, checkedAt: latest.checked_at.toISOString(), checkedBy: latest.checked_by, entries: latest.entries } : null,
      history: checks.map((c) => ({ id: c.id, result: c.result, source: c.source, stage: c.stage, checkedAt: c.checked_at.toISOString() })),
      overrides: overrides.map((o) => ({ checkId: o.check_id, reason: o.reason, by: o.by_actor, at: o.at.toISOString() })),
      canOverride: can(integrationPolicy, p, 'credit.override') && latest !== undefined && latest.result !== 'clear',
    };
  }

  return {
    /** The facts the creditClear guard needs: a fresh check now, the item's rule, whether someone overrode it. */
    async facts(caseId: string, itemCode: string, stage: string, actor: string): Promise<CreditFacts> {
      const check = await runCheck(caseId, stage, actor);
      const [rule, overrides] = await Promise.all([store.rule(db, itemCode), store.overrides(db, caseId)]);
      return { result: check.source === 'none' ? 'unconfigured' : check.result, rule, overridden: overrides.length > 0 };
    },
    async view(p: Principal, caseId: string) {
      authorize(integrationPolicy, p, 'credit.check');
      return view(caseId, p);
    },
    async check(p: Principal, caseId: string) {
      authorize(integrationPolicy, p, 'credit.check');
      await runCheck(caseId, 'manual', actorOf(p).id);
      return view(caseId, p);
    },
    async override(p: Principal, caseId: string, reason: string) {
      authorize(integrationPolicy, p, 'credit.override');
      const latest = await store.latestCheck(db, caseId);
      if (!latest) throw new AppError('CASE_NOT_FOUND');
      if (latest.result === 'clear') throw new AppError('CREDIT_OVERRIDE_NOT_NEEDED');
      await db.transaction().execute(async (tx) => {
        await store.insertOverride(tx, { case_id: caseId, check_id: latest.id, reason, by_actor: actorOf(p).id });
        await writeAudit(tx, { actor: actorOf(p).id, action: 'credit.override', subjectType: 'case', subjectId: caseId, data: { checkId: latest.id, result: latest.result, reason } });
      });
      return view(caseId, p);
    },
    async saveRule(p: Principal, itemCode: string, onListed: 'stop' | 'flag') {
      authorize(integrationPolicy, p, 'credit.manage');
      await store.saveRule(db, itemCode, onListed);
      await writeAudit(db, { actor: actorOf(p).id, action: 'credit.rule', subjectType: 'item', subjectId: itemCode, data: { onListed } });
      return { itemCode, onListed };
    },
    /** Imports a CSV of 严重失信主体 / 失信被执行人 (all rows or none); returns how many. */
    async importList(p: Principal, fileName: string, csv: string) {
      authorize(integrationPolicy, p, 'credit.manage');
      let records: Record<string, string>[];
      try {
        records = parse(csv.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((c) => COLUMNS[c.trim()] ?? c.trim()), skip_empty_lines: true, trim: true });
      } catch (err) {
        throw new AppError('CREDIT_IMPORT_INVALID', `失信名单文件格式有误：${(err as Error).message}`);
      }
      const problems: string[] = [];
      const rows = records.map((r, i) => {
        const line = i + 2;
        const code = (r.code ?? '').toUpperCase();
        if (!isValidCreditCode(code) && !isValidIdCard(code)) problems.push(`第 ${line} 行：主体代码不是有效的统一社会信用代码或身份证号`);
        const kind = LIST_KINDS[r.kind ?? ''];
        if (!kind) problems.push(`第 ${line} 行：名单类型须为“严重失信主体”或“失信被执行人”`);
        if (!r.name) problems.push(`第 ${line} 行：缺少名称`);
        if (r.listedOn && !/^\d{4}-\d{2}-\d{2}$/.test(r.listedOn)) problems.push(`第 ${line} 行：列入日期须为 YYYY-MM-DD`);
        return { subject_code: code, name: r.name ?? '', list_kind: kind!, reason: r.reason || null, listed_on: r.listedOn || null, authority: r.authority || null };
      });
      if (rows.length === 0) problems.push('文件中没有名单记录');
      if (problems.length) throw new AppError('CREDIT_IMPORT_INVALID', problems.slice(0, 10).join('；'), { problems });
      const batch = `${fileName} @ ${new Date().toISOString()}`;
      await db.transaction().execute(async (tx) => {
        for (const r of rows) await store.upsertEntry(tx, { ...r, batch });
        await writeAudit(tx, { actor: actorOf(p).id, action: 'credit.list_imported', subjectType: 'credit_list', subjectId: fileName, data: { rows: rows.length } });
      });
      return { imported: rows.length, batch };
    },
  };
}
export type CreditService = ReturnType<typeof createCreditService>;
