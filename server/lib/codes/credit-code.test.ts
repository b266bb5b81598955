import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode, orgCodeCheckChar } from './credit-code.ts';
import { CREDIT_CODE_PROBLEM_MESSAGES } from './messages.ts';
import { creditCodeSchema } from './zod.ts';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WORKED = '91340100MA2T5K7W54';
const DEPARTMENT = '113400000030028100';
// Synthetic codes with both check characters right.
const VALID = [WORKED, DEPARTMENT, '91340100MA2K8B3D8J', '12340000485001377F'];

describe('creditCodeProblem', () => {
  it('accepts the worked example and names its two check characters', () => {
    expect(creditCodeProblem(WORKED)).toBeNull();
    expect(orgCodeCheckChar('MA2T5K7W')).toBe('5');
    expect(creditCodeCheckChar('91340100MA2T5K7W5')).toBe('4');
  });

  it.each(VALID)('accepts %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts the department code 113400000030028100', () => {
    expect(creditCodeProblem(DEPARTMENT)).toBeNull();
  });

  it('rejects every single-character substitution with another charset character', () => {
    let tried = 0;
    for (const code of VALID) {
      for (let pos = 0; pos < 18; pos++) {
        for (const ch of CHARSET) {
          if (ch === code[pos]) continue;
          const corrupted = code.slice(0, pos) + ch + code.slice(pos + 1);
          expect(creditCodeProblem(corrupted), corrupted).not.toBeNull();
          tried++;
        }
      }
    }
    expect(tried).toBe(VALID.length * 18 * 30);
  });

  it('the mod-31 check alone detects every single substitution', () => {
    // All weights are non-zero mod 31 (a prime) and the values run 0–30, so one changed
    // character always changes Σ mod 31; the mapping to check characters is one-to-one.
    for (const code of VALID) {
      const check = creditCodeCheckChar(code.slice(0, 17));
      for (let pos = 0; pos < 17; pos++) {
        for (const ch of CHARSET) {
          if (ch === code[pos]) continue;
          const corrupted = code.slice(0, pos) + ch + code.slice(pos + 1, 17);
          expect(creditCodeCheckChar(corrupted), corrupted).not.toBe(check);
        }
      }
    }
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the letter %s', (letter) => {
    expect(creditCodeProblem(`91340100MA2T5K7W5${letter}`)).toBe('CHARSET');
    expect(creditCodeProblem(`91340100${letter}A2T5K7W54`)).toBe('CHARSET');
  });

  it('rejects lower case and other characters', () => {
    expect(creditCodeProblem(WORKED.toLowerCase())).toBe('CHARSET');
    expect(creditCodeProblem('91340100MA2T5K7W-4')).toBe('CHARSET');
  });

  it('reports a wrong organisation-code check even when the code check is right', () => {
    const first17 = '91340100MA2T5K7W6'; // org check should be 5
    const code = first17 + creditCodeCheckChar(first17)!;
    expect(creditCodeProblem(code)).toBe('ORG_CHECK_CHAR');
  });

  it('reports a wrong code check as CHECK_CHAR', () => {
    expect(creditCodeProblem('91340100MA2T5K7W55')).toBe('CHECK_CHAR');
  });

  it('rejects wrong lengths', () => {
    expect(creditCodeProblem('')).toBe('LENGTH');
    expect(creditCodeProblem(WORKED.slice(0, 17))).toBe('LENGTH');
    expect(creditCodeProblem(`${WORKED}0`)).toBe('LENGTH');
  });
});

describe('creditCodeSchema', () => {
  it('normalises and accepts a valid code', () => {
    expect(creditCodeSchema.parse(' 91340100ma2t5k7w54 ')).toBe(WORKED);
  });

  it('gives the Chinese message for the specific problem', () => {
    const cases = [
      ['91340100MA2T5K7W55', 'CHECK_CHAR'],
      ['91340100MA2T5K7W6' + creditCodeCheckChar('91340100MA2T5K7W6'), 'ORG_CHECK_CHAR'],
      ['91340100MA2T5K7W5', 'LENGTH'],
      ['91340100MA2T5K7W5I', 'CHARSET'],
    ] as const;
    for (const [input, problem] of cases) {
      const result = creditCodeSchema.safeParse(input);
      expect(result.success, input).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual([CREDIT_CODE_PROBLEM_MESSAGES[problem]]);
    }
  });
});
