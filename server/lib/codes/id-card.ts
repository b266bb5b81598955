// 居民身份证号 / 公民身份号码 (GB 11643-1999): 6-digit address code + 8-digit birth date
// (YYYYMMDD) + 3-digit sequence code (odd for men) + check character.
// Pure functions with no Node dependencies: the web app imports them too.
//
// Inputs typed by people go through normalizeIdCard first (trim, lower-case x → X);
// the validators themselves require the canonical form, so what is stored is canonical.

import { chinaDateDigits } from '../china-date.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/**
 * Province-level codes of GB/T 2260 (the first two digits of the address code), plus 83,
 * which the public security authorities give 台湾居民居住证 numbers (830000); 港澳居民居住证
 * numbers use 810000 and 820000. Only the province is checked: validating all six digits
 * would need the full GB/T 2260 county table (with its historical codes, which old ID
 * numbers keep), a data package we do not have. The other four digits only have to be digits.
 */
export const ID_CARD_PROVINCES = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
  '83': '台湾居民居住证',
} as const satisfies Record<string, string>;

export type IdCardProblem = 'LENGTH' | 'CHARSET' | 'REGION' | 'BIRTH_DATE' | 'CHECK_CHAR';

/** Earliest birth date accepted. */
const MIN_BIRTH_DATE = '19000101';

/** Trims and upper-cases (x → X). Apply to anything a person typed before validating it. */
export const normalizeIdCard = (s: string): string => s.trim().toUpperCase();

/** The check character (position 18) for the first 17 characters, or null if one of them is not a digit. */
export function idCardCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = first17[i] ?? '';
    if (!/^[0-9]$/.test(ch)) return null;
    sum += Number(ch) * WEIGHTS[i]!;
  }
  return CHECK_CHARS[sum % 11]!;
}

function isCalendarDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

/**
 * Validates an 18-character ID number in canonical form (see normalizeIdCard); returns null
 * when valid, else the first thing wrong. The birth date must be a real date from 1900-01-01
 * up to `today` (the calendar day in China at that instant).
 */
export function idCardProblem(id: string, today: Date = new Date()): IdCardProblem | null {
  if (id.length !== 18) return 'LENGTH';
  if (!/^[0-9]{17}[0-9X]$/.test(id)) return 'CHARSET';
  if (!Object.hasOwn(ID_CARD_PROVINCES, id.slice(0, 2))) return 'REGION';
  const birth = id.slice(6, 14);
  if (!isCalendarDate(birth) || birth < MIN_BIRTH_DATE || birth > chinaDateDigits(today)) return 'BIRTH_DATE';
  if (idCardCheckChar(id) !== id[17]) return 'CHECK_CHAR';
  return null;
}

export const isValidIdCard = (id: string, today?: Date): boolean => idCardProblem(id, today) === null;

function assertShape(id: string): void {
  if (!/^[0-9]{17}[0-9X]$/.test(id)) throw new RangeError('not an 18-character ID number');
}

/** Sex from the sequence code (digit 17): odd for men. Meant for numbers idCardProblem accepted. */
export function idCardSex(id: string): 'M' | 'F' {
  assertShape(id);
  return Number(id[16]) % 2 === 1 ? 'M' : 'F';
}

/** Birth date as 'YYYY-MM-DD'. Meant for numbers idCardProblem accepted. */
export function idCardBirthDate(id: string): string {
  assertShape(id);
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
