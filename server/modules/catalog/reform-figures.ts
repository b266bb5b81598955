// Reform figures computed from the published catalogue (never typed in):
// share of items needing no visit (target ≥ 60 %, 一次不用跑), share fully online (全程网办),
// promised/statutory time ratio per item and overall, and materials per item.
import type { ReformFigures } from './api-schema.ts';
import type { ItemContent } from './schema.ts';

export const NO_VISIT_TARGET = 0.6;
const FULLY_ONLINE = '4';

export interface ReformRow {
  code: string;
  name: string;
  visits: number;
  online_depth: string;
  promised_days: number;
  statutory_days: number | null;
  content: ItemContent;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
const share = (n: number, of: number) => (of === 0 ? 0 : round(n / of));

export function computeReformFigures(rows: ReformRow[]): ReformFigures {
  const perItem = rows.map((r) => {
    const m = r.content.materials;
    return {
      code: r.code,
      name: r.name,
      visits: r.visits,
      onlineDepth: r.online_depth,
      promisedDays: r.promised_days,
      statutoryDays: r.statutory_days,
      timeRatio: r.statutory_days ? round(r.promised_days / r.statutory_days) : null,
      materials: m.length,
      requiredMaterials: m.filter((x) => x.required).length,
      commitmentMaterials: m.filter((x) => x.commitmentAllowed).length,
      sharedMaterials: m.filter((x) => x.source !== 'applicant').length,
    };
  });
  const n = rows.length;
  const noVisit = rows.filter((r) => r.visits === 0).length;
  const fullyOnline = rows.filter((r) => r.online_depth === FULLY_ONLINE).length;
  const withLimit = perItem.filter((p) => p.statutoryDays !== null);
  const promisedDaysTotal = withLimit.reduce((s, p) => s + p.promisedDays, 0);
  const statutoryDaysTotal = withLimit.reduce((s, p) => s + (p.statutoryDays ?? 0), 0);
  const materialsTotal = perItem.reduce((s, p) => s + p.materials, 0);
  return {
    publishedItems: n,
    noVisit: { count: noVisit, share: share(noVisit, n), target: NO_VISIT_TARGET, met: n > 0 && noVisit / n >= NO_VISIT_TARGET },
    fullyOnline: { count: fullyOnline, share: share(fullyOnline, n) },
    timeRatio: {
      overall: statutoryDaysTotal ? round(promisedDaysTotal / statutoryDaysTotal) : null,
      promisedDaysTotal,
      statutoryDaysTotal,
    },
    materials: {
      total: materialsTotal,
      average: n ? round(materialsTotal / n, 2) : 0,
      required: perItem.reduce((s, p) => s + p.requiredMaterials, 0),
    },
    perItem,
  };
}
