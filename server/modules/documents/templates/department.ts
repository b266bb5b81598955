// The issuing department as it appears on documents and licences (the demo deployment: an
// S&T department of a province). One place to change for another deployment.
export const DEPARTMENT = {
  name: '安徽省科学技术厅',
  /** Short name used in document numbers (发文字号) such as 皖科审受〔2026〕3 号. */
  docPrefix: '皖科审',
  /** Province abbreviation in licence numbers, e.g. SYXK（皖）2026-0001. */
  province: '皖',
  address: '合肥市包河区屯溪路 600 号',
} as const;

/** 2026年3月2日 — the date style of official documents (GB/T 9704 allows Arabic numerals). */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
