import { describe, expect, it } from 'vitest';
import {
  ID_CARD_PROVINCES,
  idCardBirthDate,
  idCardCheckChar,
  idCardProblem,
  idCardSex,
  isValidIdCard,
  normalizeIdCard,
} from './id-card.ts';
import { ID_CARD_PROBLEM_MESSAGES } from './messages.ts';
import { idCardSchema } from './zod.ts';

// All numbers here are synthetic, apart from the worked example of the standard.
const WORKED = '340104199003071235';
const VALID = [
  WORKED,
  '340102198506120011',
  '340103199209150020', // female
  '34010419690228007X', // check character X
  '340111197802030039',
  '11010519491231002X',
  '440306200002290033', // 29 February of a leap year
  '341621195804040048',
];
const ID_CHARS = '0123456789X';

/** Appends the right check character to 17 digits. */
const withCheck = (first17: string): string => first17 + idCardCheckChar(first17)!;

describe('idCardCheckChar', () => {
  it('gives the worked example its check character', () => {
    expect(idCardCheckChar('34010419900307123')).toBe('5');
  });

  it('refuses non-digits and short input', () => {
    expect(idCardCheckChar('3401041990030712X')).toBeNull();
    expect(idCardCheckChar('3401041990030712')).toBeNull();
    expect(idCardCheckChar('')).toBeNull();
  });
});

describe('idCardProblem', () => {
  it('accepts the worked example: male, born 1990-03-07', () => {
    expect(idCardProblem(WORKED)).toBeNull();
    expect(idCardSex(WORKED)).toBe('M');
    expect(idCardBirthDate(WORKED)).toBe('1990-03-07');
  });

  it.each(VALID)('accepts the synthetic number %s', (id) => {
    expect(idCardProblem(id)).toBeNull();
    expect(isValidIdCard(id)).toBe(true);
  });

  it('reads sex and birth date', () => {
    expect(idCardSex('340103199209150020')).toBe('F');
    expect(idCardBirthDate('340103199209150020')).toBe('1992-09-15');
    expect(idCardSex('34010419690228007X')).toBe('M');
    expect(idCardBirthDate('440306200002290033')).toBe('2000-02-29');
  });

  it('sex and birth date refuse something that is not an ID number', () => {
    expect(() => idCardSex('12345')).toThrow(RangeError);
    expect(() => idCardBirthDate('34010419900307123x')).toThrow(RangeError);
  });

  it('rejects every single-character substitution of a valid number', () => {
    let tried = 0;
    for (const id of VALID) {
      for (let pos = 0; pos < 18; pos++) {
        for (const ch of ID_CHARS) {
          if (ch === id[pos]) continue;
          const corrupted = id.slice(0, pos) + ch + id.slice(pos + 1);
          expect(idCardProblem(corrupted), corrupted).not.toBeNull();
          tried++;
        }
      }
    }
    expect(tried).toBe(VALID.length * 18 * 10);
  });

  it('the check character alone detects every single substitution (GB 11643 property)', () => {
    // Independent of the region and date checks: all weights are non-zero mod 11 (a prime),
    // so changing one digit always changes Σ mod 11, and the mapping to check characters is one-to-one.
    for (const id of VALID) {
      const check = idCardCheckChar(id.slice(0, 17));
      for (let pos = 0; pos < 17; pos++) {
        for (const ch of '0123456789') {
          if (ch === id[pos]) continue;
          const corrupted = id.slice(0, pos) + ch + id.slice(pos + 1, 17);
          expect(idCardCheckChar(corrupted), corrupted).not.toBe(check);
        }
      }
    }
  });

  it('rejects dates that do not exist', () => {
    expect(idCardProblem(withCheck('34010419900230123'))).toBe('BIRTH_DATE'); // 30 February
    expect(idCardProblem(withCheck('34010419000229123'))).toBe('BIRTH_DATE'); // 1900 is not a leap year
    expect(idCardProblem(withCheck('34010419901301123'))).toBe('BIRTH_DATE'); // month 13
    expect(idCardProblem(withCheck('34010419900100123'))).toBe('BIRTH_DATE'); // day 00
    expect(idCardProblem(withCheck('34010419900431123'))).toBe('BIRTH_DATE'); // 31 April
    expect(idCardProblem(withCheck('34010418991231123'))).toBe('BIRTH_DATE'); // before 1900
    expect(idCardProblem(withCheck('34010419000101123'))).toBeNull();
    expect(idCardProblem(withCheck('34010420000229123'))).toBeNull();
  });

  it('rejects a birth date after today, counting the day in China', () => {
    const today = new Date('2026-03-01T09:00:00+08:00');
    expect(idCardProblem(withCheck('34010420260302123'), today)).toBe('BIRTH_DATE');
    expect(idCardProblem(withCheck('34010420260301123'), today)).toBeNull();
    expect(idCardProblem(withCheck('34010430000101123'))).toBe('BIRTH_DATE');
    // 16:30 UTC on 28 February is already 1 March in China.
    expect(idCardProblem(withCheck('34010420260301123'), new Date('2026-02-28T16:30:00Z'))).toBeNull();
    expect(idCardProblem(withCheck('34010420260301123'), new Date('2026-02-28T15:30:00Z'))).toBe('BIRTH_DATE');
  });

  it('rejects an unknown province code', () => {
    expect(idCardProblem(withCheck('99010419900307123'))).toBe('REGION');
    expect(idCardProblem(withCheck('91010419900307123'))).toBe('REGION');
    expect(idCardProblem(withCheck('00010419900307123'))).toBe('REGION');
    expect(idCardProblem(withCheck('16010419900307123'))).toBe('REGION');
  });

  it('knows the province-level codes, including the residence-permit codes 81–83', () => {
    expect(ID_CARD_PROVINCES['34']).toBe('安徽省');
    expect(Object.keys(ID_CARD_PROVINCES)).toHaveLength(35);
    for (const code of Object.keys(ID_CARD_PROVINCES)) {
      expect(idCardProblem(withCheck(`${code}000019900307123`)), code).toBeNull();
    }
  });

  it('requires upper-case X; normalizeIdCard trims and upper-cases', () => {
    expect(idCardProblem('34010419690228007x')).toBe('CHARSET');
    expect(normalizeIdCard(' 34010419690228007x\n')).toBe('34010419690228007X');
    expect(idCardProblem(normalizeIdCard(' 34010419690228007x '))).toBeNull();
  });

  it('rejects wrong lengths', () => {
    expect(idCardProblem('')).toBe('LENGTH');
    expect(idCardProblem(WORKED.slice(0, 17))).toBe('LENGTH');
    expect(idCardProblem(WORKED + '0')).toBe('LENGTH');
    expect(idCardProblem('340104900307123')).toBe('LENGTH'); // a 15-digit first-generation number
    expect(idCardProblem(` ${WORKED}`)).toBe('LENGTH');
  });

  it('rejects other characters', () => {
    expect(idCardProblem('3401041990030712A5')).toBe('CHARSET');
    expect(idCardProblem('34010419900307X235')).toBe('CHARSET');
    expect(idCardProblem('３40104199003071235')).toBe('CHARSET'); // full-width digit
    expect(idCardProblem('34010419900307123A')).toBe('CHARSET');
  });

  it('reports a wrong check character as CHECK_CHAR', () => {
    expect(idCardProblem('340104199003071234')).toBe('CHECK_CHAR');
    expect(idCardProblem('34010419900307123X')).toBe('CHECK_CHAR');
  });
});

describe('idCardSchema', () => {
  it('normalises and accepts a valid number', () => {
    expect(idCardSchema.parse(' 34010419690228007x ')).toBe('34010419690228007X');
    expect(idCardSchema.parse(WORKED)).toBe(WORKED);
  });

  it('gives the Chinese message for the specific problem', () => {
    const cases = [
      ['340104199003071234', 'CHECK_CHAR'],
      ['34010419900230123', 'LENGTH'],
      [withCheck('34010419900230123'), 'BIRTH_DATE'],
      [withCheck('99010419900307123'), 'REGION'],
      ['3401041990030712A5', 'CHARSET'],
    ] as const;
    for (const [input, problem] of cases) {
      const result = idCardSchema.safeParse(input);
      expect(result.success, input).toBe(false);
      expect(result.error?.issues.map((i) => i.message)).toEqual([ID_CARD_PROBLEM_MESSAGES[problem]]);
    }
  });

  it('refuses a value that is not a string, in Chinese', () => {
    const result = idCardSchema.safeParse(340104199003071235);
    expect(result.error?.issues[0]?.message).toBe('请填写身份证号');
  });
});
