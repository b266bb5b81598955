import { describe, expect, it } from 'vitest';
import type { ExpertCategory } from './categories.ts';
import { drawPanel, newSeed } from './draw.ts';
import { exclusionReasons } from './exclusion.ts';
import { checkComposition, describeRule, expertRuleSchema } from './rules.ts';

const J2 = expertRuleSchema.parse({ min: 5, categories: [{ category: 'technical', share: 0.6 }, { category: 'financial', atLeast: 1 }] });
const pool = (counts: Partial<Record<ExpertCategory, number>>) =>
  Object.entries(counts).flatMap(([category, n]) => Array.from({ length: n }, (_, i) => ({ personId: `${category}-${i}`, category: category as ExpertCategory })));

describe('expert composition rules', () => {
  it('reads J2\'s rule and says which part a panel breaks', () => {
    expect(describeRule(J2)).toBe('至少 5 名专家，其中技术专家不少于 60%，财务专家至少 1 名');
    expect(checkComposition(J2, ['technical', 'technical', 'technical', 'financial', 'management'])).toEqual([]);
    expect(checkComposition(J2, ['technical', 'technical', 'financial', 'financial', 'management']).map((f) => f.rule)).toEqual(['technical']);
    expect(checkComposition(J2, ['technical', 'technical', 'technical', 'technical']).map((f) => f.rule)).toEqual(['size', 'financial']);
    // 60 % of a larger panel: 7 experts need 5 technical.
    expect(checkComposition(J2, ['technical', 'technical', 'technical', 'technical', 'financial', 'financial', 'management']).map((f) => f.rule)).toEqual(['technical']);
  });

  it('draws panels that always satisfy the rule, from a fresh random seed each time', () => {
    const candidates = pool({ technical: 5, financial: 2, management: 1 });
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const r = drawPanel(J2, candidates, newSeed());
      if (!r.ok) throw new Error(r.failures[0]!.message);
      expect(new Set(r.chosen.map((x) => x.personId)).size).toBe(5);
      expect(checkComposition(J2, r.chosen.map((x) => x.category))).toEqual([]);
      for (const x of r.chosen) seen.add(x.personId);
    }
    expect(seen.size).toBe(candidates.length);
  });

  it('replays a draw from its seed, and refuses a pool that cannot meet the rule, naming the rule', () => {
    const candidates = pool({ technical: 6, financial: 2 });
    const seed = newSeed();
    expect(drawPanel(J2, [...candidates].reverse(), seed)).toEqual(drawPanel(J2, candidates, seed));
    const noFinancial = drawPanel(J2, pool({ technical: 8 }), seed);
    expect(noFinancial.ok === false && noFinancial.failures.map((f) => f.message)).toEqual(['可抽取的财务专家不足：规则要求至少 1 名（至少 5 名专家，其中技术专家不少于 60%，财务专家至少 1 名），回避后专家库中仅有 0 名']);
    const tooFew = drawPanel(J2, pool({ technical: 2, financial: 1 }), seed);
    expect(tooFew.ok === false && tooFew.failures.map((f) => f.rule)).toEqual(['size', 'technical']);
  });
});

describe('回避', () => {
  const applicant = { personId: 'p-applicant', creditCode: '91340100MA2N4F6H1P', name: '安徽某某智能科技股份有限公司' };
  const expert = { personId: 'p-expert', unitName: '安徽某某大学', unitCreditCode: '12340000MB00123437', relations: [] };
  it('excludes the applicant, their own unit (by code or name) and declared relations', () => {
    expect(exclusionReasons(expert, applicant)).toEqual([]);
    expect(exclusionReasons({ ...expert, unitCreditCode: applicant.creditCode }, applicant)).toEqual(['SAME_UNIT']);
    expect(exclusionReasons({ ...expert, unitName: applicant.name, unitCreditCode: null }, applicant)).toEqual(['SAME_UNIT']);
    expect(exclusionReasons({ ...expert, relations: [{ creditCode: applicant.creditCode, name: '曾任顾问' }] }, applicant)).toEqual(['DECLARED_RELATION']);
    expect(exclusionReasons({ ...expert, personId: 'p-applicant' }, { ...applicant, creditCode: null })).toEqual(['APPLICANT_SELF']);
  });
});
