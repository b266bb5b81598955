// The random draw of an expert panel (随机抽取). Randomness comes from a fresh 32-byte seed
// (node:crypto) expanded with HMAC-SHA256, so a recorded draw can be replayed and checked
// from its seed and the candidate list (sorted by person id) — nobody can pick the panel.
import { createHmac, randomBytes } from 'node:crypto';
import { EXPERT_CATEGORY_LABELS, type ExpertCategory } from './categories.ts';
import { checkComposition, describeRule, needed, type ExpertRule, type RuleFailure } from './rules.ts';

export interface Candidate {
  personId: string;
  category: ExpertCategory;
}

/** Uniform integers in [0, n) from a seed (counter-mode HMAC-SHA256, rejection sampling). */
export function seededRandom(seed: Buffer): (n: number) => number {
  let counter = 0;
  let pool = Buffer.alloc(0);
  const next32 = () => {
    if (pool.length < 4) {
      const block = createHmac('sha256', seed).update(String(counter++)).digest();
      pool = Buffer.concat([pool, block]);
    }
    const v = pool.readUInt32BE(0);
    pool = pool.subarray(4);
    return v;
  };
  return (n: number) => {
    const limit = Math.floor(0x1_0000_0000 / n) * n;
    for (;;) {
      const v = next32();
      if (v < limit) return v % n;
    }
  };
}

export const newSeed = (): Buffer => randomBytes(32);

/** Fisher–Yates shuffle with the seeded generator. */
function shuffle<T>(items: T[], rnd: (n: number) => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rnd(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export type DrawResult = { ok: true; chosen: Candidate[] } | { ok: false; failures: RuleFailure[] };

/**
 * Draws `rule.min` experts from the candidates (already without anyone to be excluded):
 * first each specialty's minimum, then the rest, all in one random order. Fails, saying which
 * rule, when the candidates cannot satisfy it.
 */
export function drawPanel(rule: ExpertRule, candidates: Candidate[], seed: Buffer): DrawResult {
  const n = rule.min;
  const categories = [...new Set(rule.categories.map((c) => c.category))];
  const failures: RuleFailure[] = [];
  const need = new Map(categories.map((c) => [c, needed(rule, c, n)]));
  const sum = [...need.values()].reduce((a, b) => a + b, 0);
  if (sum > n) failures.push({ rule: 'size', message: `规则自相矛盾：各类专家最低人数合计 ${sum} 名，超过抽取人数 ${n} 名` });
  if (candidates.length < n) failures.push({ rule: 'size', message: `可抽取的专家不足：规则要求 ${n} 名，回避后专家库中仅有 ${candidates.length} 名` });
  for (const c of categories) {
    const have = candidates.filter((x) => x.category === c).length;
    if (have < need.get(c)!) {
      failures.push({ rule: c, message: `可抽取的${EXPERT_CATEGORY_LABELS[c]}不足：规则要求至少 ${need.get(c)} 名（${describeRule(rule)}），回避后专家库中仅有 ${have} 名` });
    }
  }
  if (failures.length) return { ok: false, failures };
  const order = shuffle([...candidates].sort((a, b) => (a.personId < b.personId ? -1 : 1)), seededRandom(seed));
  const chosen: Candidate[] = [];
  for (const c of categories) chosen.push(...order.filter((x) => x.category === c).slice(0, need.get(c)));
  for (const x of order) {
    if (chosen.length >= n) break;
    if (!chosen.includes(x)) chosen.push(x);
  }
  const broken = checkComposition(rule, chosen.map((x) => x.category));
  return broken.length ? { ok: false, failures: broken } : { ok: true, chosen };
}
