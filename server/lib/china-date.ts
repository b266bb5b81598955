// The calendar day in China at an instant, whatever the host's time zone.
// China Standard Time is UTC+8 all year (no daylight saving since 1991). No Node imports.

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** 'YYYY-MM-DD' of the day in China at `at`. */
export function chinaDate(at: Date = new Date()): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** 'YYYYMMDD' of the day in China at `at`. */
export const chinaDateDigits = (at: Date = new Date()): string => chinaDate(at).replaceAll('-', '');
