import { describe, expect, it } from 'vitest';
import { buildItem } from '../../../test/support/factories.ts';
import { computeReformFigures, type ReformRow } from './reform-figures.ts';
import type { ItemContent } from './schema.ts';

const row = (c: ItemContent): ReformRow => ({
  code: c.code, name: c.name, visits: c.visits, online_depth: c.onlineDepth, promised_days: c.promisedDays, statutory_days: c.statutoryDays, content: c,
});
const material = buildItem().materials[0]!;

describe('reform figures', () => {
  it('computes shares, time ratios and materials from the items', () => {
    const f = computeReformFigures([
      row(buildItem({ visits: 0, onlineDepth: '4', promisedDays: 20, statutoryDays: 60, statutoryLimit: { value: 3, unit: '5' } })),
      row(buildItem({ visits: 0, onlineDepth: '3', promisedDays: 10, statutoryDays: 20 })),
      row(buildItem({ visits: 1, onlineDepth: '3', promisedDays: 15, statutoryDays: null, statutoryLimit: null,
        materials: [material, { ...material, required: false, commitmentAllowed: true }, { ...material, source: 'e-licence' }] })),
    ]);
    expect(f.publishedItems).toBe(3);
    expect(f.noVisit).toEqual({ count: 2, share: 0.6667, target: 0.6, met: true });
    expect(f.fullyOnline).toEqual({ count: 1, share: 0.3333 });
    // Items without a statutory limit do not enter the ratio: (20 + 10) / (60 + 20).
    expect(f.timeRatio).toEqual({ overall: 0.375, promisedDaysTotal: 30, statutoryDaysTotal: 80 });
    expect(f.perItem.map((p) => p.timeRatio)).toEqual([0.3333, 0.5, null]);
    expect(f.materials).toEqual({ total: 5, average: 1.67, required: 4 });
    expect(f.perItem[2]).toMatchObject({ materials: 3, requiredMaterials: 2, commitmentMaterials: 1, sharedMaterials: 1 });
  });

  it('says the no-visit target is not met below 60 %, and copes with an empty catalogue', () => {
    const f = computeReformFigures([row(buildItem({ visits: 1, windows: [] })), row(buildItem({ visits: 0 }))]);
    expect(f.noVisit).toMatchObject({ share: 0.5, met: false });
    const empty = computeReformFigures([]);
    expect(empty).toMatchObject({ publishedItems: 0, noVisit: { share: 0, met: false }, timeRatio: { overall: null } });
  });
});
