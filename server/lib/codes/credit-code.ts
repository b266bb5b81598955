// 统一社会信用代码 (GB 32100-2015) and its embedded organisation code (GB 11714).
// Pure functions with no Node dependencies: the web app imports them too.

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The check character (position 18) for the first 17 characters, or null if a character is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** The check character of a GB 11714 organisation code given its first 8 characters. */
export function orgCodeCheckChar(first8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8[i] ?? '';
    const v = /[0-9]/.test(ch) ? Number(ch) : /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : -1;
    if (v < 0) return null;
    sum += v * ORG_WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export type CreditCodeProblem = 'LENGTH' | 'CHARSET' | 'CHECK_CHAR' | 'ORG_CHECK_CHAR';

/** Validates a credit code; returns null when valid, else what is wrong. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'LENGTH';
  if (![...code].every((c) => CHARSET.includes(c))) return 'CHARSET';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return 'CHECK_CHAR';
  // Characters 9–17 are an organisation code with its own check at 17 (position index 16).
  if (orgCodeCheckChar(code.slice(8, 16)) !== code[16]) return 'ORG_CHECK_CHAR';
  return null;
}

export const isValidCreditCode = (code: string): boolean => creditCodeProblem(code) === null;
