// Rows of an uploaded task table: XLSX (Excel, the usual form of the notices' attachments) or
// CSV / tab-separated text (UTF-8 or GB18030, as tables saved on Chinese desktops often are).
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../lib/errors.ts';

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function decodeText(bytes: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  // Replacement characters mean it was not UTF-8: Chinese Excel saves CSV in GB18030.
  return utf8.includes('\uFFFD') ? new TextDecoder('gb18030').decode(bytes) : utf8;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return String(v.result ?? '');
    return '';
  }
  return String(v);
}

export async function readRows(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    if (isZip(bytes)) {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } else {
      const text = decodeText(bytes);
      // Tables often open with a title line ("附件 1") that has no delimiter: look at the first lines.
      const head = text.split(/\r?\n/, 20).join('\n');
      const delimiter = head.includes('\t') ? '\t' : head.includes('|') && !head.includes(',') ? '|' : ',';
      await wb.csv.read(Readable.from([text]), { parserOptions: { delimiter } });
    }
  } catch {
    throw new AppError('TASK_TABLE_INVALID', '无法读取该文件：请上传 Excel（.xlsx）或 CSV 格式的任务表');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new AppError('TASK_TABLE_INVALID', '文件中没有工作表');
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) {
      const cell = row.getCell(c);
      // A merged cell reads as its master's value only at the master: blanks below repeat the action.
      cells.push(cell.isMerged && cell.master !== cell ? '' : cellText(cell.value));
    }
    rows.push(cells);
  });
  return rows;
}
