// One dashboard table as a file: CSV (UTF-8 with a BOM, so spreadsheet programs read the
// Chinese headers) or XLSX (exceljs). Numbers stay numbers; a missing figure is an empty cell.
import ExcelJS from 'exceljs';
import type { DashboardTable } from './schemas.ts';

const csvCell = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function tableCsv(t: DashboardTable): Buffer {
  const lines = [t.columns.map((c) => csvCell(c.label)).join(','), ...t.rows.map((r) => t.columns.map((c) => csvCell(r[c.key])).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function tableXlsx(t: DashboardTable, caption: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '科政通';
  const ws = wb.addWorksheet(t.title.slice(0, 31));
  ws.addRow(t.columns.map((c) => c.label)).font = { bold: true };
  for (const r of t.rows) ws.addRow(t.columns.map((c) => r[c.key] ?? null));
  ws.columns.forEach((col, i) => { col.width = Math.max(10, Math.min(40, t.columns[i]!.label.length * 2 + 2)); });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  // (the period and filters, where a reader looks for them, outside the table)
  wb.addWorksheet('说明').addRows([['统计口径'], [caption]]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
