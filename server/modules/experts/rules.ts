// Composition rules of an expert panel (专家组成规则), data in a workflow state: how many
// experts at least (a draw picks exactly that many), and per specialty a minimum count
// and/or share. checkComposition says which rule a panel breaks, in Chinese.
import { z } from 'zod';
import { EXPERT_CATEGORIES, EXPERT_CATEGORY_LABELS, type ExpertCategory } from './categories.ts';

export const expertRuleSchema = z
  .object({
    min: z.number().int().min(1).max(30).describe('专家人数下限（随机抽取时抽取该人数）'),
    max: z.number().int().min(1).max(30).optional().describe('专家人数上限（人工指派时）'),
    categories: z
      .array(
        z.object({
          category: z.enum(EXPERT_CATEGORIES),
          atLeast: z.number().int().min(1).optional().describe('该类专家至少人数'),
          share: z.number().gt(0).max(1).optional().describe('该类专家至少占比（0–1）'),
        }),
      )
      .default([]),
  })
  .describe('专家组成规则');
export type ExpertRule = z.infer<typeof expertRuleSchema>;
export type ExpertRuleInput = z.input<typeof expertRuleSchema>;

/** How many experts of a category a panel of `size` needs under the rule. */
export function needed(rule: ExpertRule, category: ExpertCategory, size: number): number {
  return rule.categories
    .filter((c) => c.category === category)
    .reduce((n, c) => Math.max(n, c.atLeast ?? 0, c.share ? Math.ceil(c.share * size - 1e-9) : 0), 0);
}

/** The rule in words, e.g. 「至少 5 名专家，其中技术专家不少于 60%，财务专家至少 1 名」. */
export function describeRule(rule: ExpertRule): string {
  const parts = rule.categories.map((c) => {
    const label = EXPERT_CATEGORY_LABELS[c.category];
    const bits = [c.share ? `不少于 ${Math.round(c.share * 100)}%` : null, c.atLeast ? `至少 ${c.atLeast} 名` : null].filter(Boolean);
    return `${label}${bits.join('且')}`;
  });
  const size = rule.max ? `${rule.min}–${rule.max} 名专家` : `至少 ${rule.min} 名专家`;
  return parts.length ? `${size}，其中${parts.join('，')}` : size;
}

export interface RuleFailure {
  rule: 'size' | ExpertCategory;
  message: string;
}

/** The rules a panel with these experts' categories breaks (empty when it satisfies them all). */
export function checkComposition(rule: ExpertRule, categories: ExpertCategory[]): RuleFailure[] {
  const size = categories.length;
  const failures: RuleFailure[] = [];
  if (size < rule.min) failures.push({ rule: 'size', message: `专家人数不足：规则要求至少 ${rule.min} 名，现为 ${size} 名` });
  if (rule.max && size > rule.max) failures.push({ rule: 'size', message: `专家人数过多：规则要求至多 ${rule.max} 名，现为 ${size} 名` });
  for (const category of new Set(rule.categories.map((c) => c.category))) {
    const need = needed(rule, category, Math.max(size, rule.min));
    const have = categories.filter((c) => c === category).length;
    if (have < need) {
      failures.push({ rule: category, message: `${EXPERT_CATEGORY_LABELS[category]}不足：规则要求至少 ${need} 名（${describeRule(rule)}），现为 ${have} 名` });
    }
  }
  return failures;
}
