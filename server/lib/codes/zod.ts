// Zod schemas for the national codes, with the Chinese message for the specific problem.
// Only `zod` is imported: the web app uses these too.
// Both schemas normalise first (trim, upper-case) and validate the normalised value, so the
// parsed output is the canonical form. `.overwrite` keeps the schemas representable in JSON
// Schema (OpenAPI), unlike `.transform`.
import { z } from 'zod';
import { creditCodeProblem } from './credit-code.ts';
import { idCardProblem, normalizeIdCard } from './id-card.ts';
import { CREDIT_CODE_PROBLEM_MESSAGES, ID_CARD_PROBLEM_MESSAGES } from './messages.ts';

export const idCardSchema = z
  .string({ error: '请填写身份证号' })
  .overwrite(normalizeIdCard)
  .superRefine((value, ctx) => {
    const problem = idCardProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: ID_CARD_PROBLEM_MESSAGES[problem], params: { problem } });
  })
  .describe('居民身份证号');

export const creditCodeSchema = z
  .string({ error: '请填写统一社会信用代码' })
  .overwrite((s) => s.trim().toUpperCase())
  .superRefine((value, ctx) => {
    const problem = creditCodeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: CREDIT_CODE_PROBLEM_MESSAGES[problem], params: { problem } });
  })
  .describe('统一社会信用代码');
