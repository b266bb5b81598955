// The outbox adapter for credit.publicity: publishes a licensing decision (行政许可, item type
// 01) to the credit platform (双公示). Other item types have nothing to publish.
import type { Kysely } from 'kysely';
import { chinaDate } from '../../../lib/china-date.ts';
import type { DB } from '../../../db/types.ts';
import type { CatalogService } from '../../catalog/service.ts';
import { postJson } from '../http.ts';
import type { OutboxRow } from '../outbox/store.ts';
import { PermanentDeliveryError } from '../outbox/worker.ts';
import { CREDIT_PATHS, licensingPublicitySchema } from './contract.ts';
import * as store from './store.ts';

export function publicityAdapter(db: Kysely<DB>, catalog: CatalogService, http: { url: string; token?: string; timeoutMs: number }) {
  return async (msg: OutboxRow) => {
    const s = await store.subjectOf(db, String(msg.payload.caseId));
    if (!s) throw new PermanentDeliveryError(`办件不存在：${String(msg.payload.caseId)}`);
    const item = await catalog.itemVersion(s.item_code, s.item_version);
    if (item.content.type !== '01') return; // not an administrative licence: nothing to publish
    const body = licensingPublicitySchema.parse({
      idempotencyKey: msg.idempotency_key,
      decisionNo: s.case_no,
      itemName: s.item_name,
      category: '普通',
      holderName: s.applicant_name,
      holderCodeType: s.credit_code ? '001' : '111',
      holderCode: s.credit_code ?? s.id_number,
      decision: msg.payload.decision === '1' ? '1' : '0',
      decidedOn: chinaDate(s.concluded_at ?? new Date()),
      authority: s.item_code.slice(0, 18),
    });
    await postJson(http.url + CREDIT_PATHS.publicity, body, { timeoutMs: http.timeoutMs, headers: http.token ? { authorization: `Bearer ${http.token}` } : undefined });
  };
}
