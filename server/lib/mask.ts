// Masking of personal data shown in lists and written to logs. Pure functions, no Node
// dependencies (the web app may use them too). They never throw: null, undefined and odd
// input give a masked (or empty) string, and input too short to keep both ends visible is
// masked whole, so a mask never gives the whole value away.
// A 统一社会信用代码 is public information and is shown unmasked, hence no maskCreditCode.

const STAR = '*';

/** Keeps `start` leading and `end` trailing characters (code points) and masks the rest. */
function maskMiddle(value: string | null | undefined, start: number, end: number): string {
  if (value == null) return '';
  const chars = Array.from(String(value));
  if (chars.length <= start + end) return STAR.repeat(chars.length);
  return chars.slice(0, start).join('') + STAR.repeat(chars.length - start - end) + chars.slice(chars.length - end).join('');
}

/** '340104199003071235' → '3401**********1235' (first 4 and last 4 kept). */
export const maskIdCard = (id: string | null | undefined): string => maskMiddle(id, 4, 4);

/** '13812345678' → '138****5678' (first 3 and last 4 kept). */
export const maskMobile = (mobile: string | null | undefined): string => maskMiddle(mobile, 3, 4);

/** '张三丰' → '张**' (first character kept); a one-character name is masked whole. */
export const maskName = (name: string | null | undefined): string => maskMiddle(name, 1, 0);
