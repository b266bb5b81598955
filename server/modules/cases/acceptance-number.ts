// 受理编号 (the acceptance document number, 受理文书编号 in the national exchange tables):
// 科受字〔2026〕第 000123 号 — the department's 文号 style: an issuing prefix, the year in
// 六角括号, and a six-digit serial that restarts each year. One sequence for the whole
// department (store.nextAcceptanceSerial), so numbers are unique and consecutive.

/** The issuing prefix (机关代字 + 受字). A province would configure its own, e.g. 皖科受字. */
export const ACCEPTANCE_PREFIX = '科受字';

export function acceptanceNumber(year: number, serial: number): string {
  return `${ACCEPTANCE_PREFIX}〔${year}〕第${String(serial).padStart(6, '0')}号`;
}

const PATTERN = new RegExp(`^${ACCEPTANCE_PREFIX}〔(\\d{4})〕第(\\d{6})号$`);

/** Year and serial of an acceptance number; null for anything else. */
export function parseAcceptanceNumber(no: string): { year: number; serial: number } | null {
  const m = PATTERN.exec(no);
  return m ? { year: Number(m[1]), serial: Number(m[2]) } : null;
}
