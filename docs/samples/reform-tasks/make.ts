// Writes the sample task tables of this folder from the seed notices (the committed files are its
// output): `npx tsx docs/samples/reform-tasks/make.ts [seeds folder]` (default /work/shared/seeds).
// Seed 001 carries its three attachments as tab-separated rows; seed 002's 附件2 as broken
// "|"-separated lines, put back into the table's grid by line here. Cell text is the seed's, with
// only HTML tags stripped; the script stops if a cell is not found in its seed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const seeds = process.argv[2] ?? '/work/shared/seeds';
const out = import.meta.dirname;
const stripHtml = (s: string) => s.replace(/<[^>]+>/g, '');

type Grid = string[][];

function checkFaithful(grid: Grid, seedText: string, name: string) {
  const plain = stripHtml(seedText);
  for (const row of grid) for (const cell of row) if (cell && !plain.includes(cell)) throw new Error(`${name}: not in the seed: ${cell.slice(0, 40)}`);
}

/** 001: "附件 N", the table's title, its header and tab-separated rows up to the next attachment. */
function seed001(): { name: string; grid: Grid }[] {
  const text = readFileSync(join(seeds, '001_6906179631ecc225.txt'), 'utf8');
  const lines = text.split('\n');
  const tables: { name: string; grid: Grid }[] = [];
  for (let n = 1; n <= 3; n++) {
    const start = lines.indexOf(`附件 ${n}`);
    const title = lines.slice(start + 1).find((l) => l.trim())!;
    const grid: Grid = [[`附件 ${n}`], [title]];
    let width = 0;
    for (const line of lines.slice(lines.indexOf(title, start) + 1)) {
      if (line.startsWith('附件 ')) break;
      if (!line.includes('\t')) continue;
      const cells = line.split('\t').map((c) => stripHtml(c).trim());
      if (cells.every((c) => /^-*$/.test(c))) continue; // a text-conversion rule line, not a row
      if (!width) width = cells.length;
      // A numbered row one cell short lost its 专项行动 cell, merged with the row above.
      if (/^\d+$/.test(cells[0]!) && cells.length === width - 1) cells.splice(1, 0, '');
      while (cells.length < width) cells.push('');
      grid.push(cells);
    }
    checkFaithful(grid, text, `001 附件 ${n}`);
    tables.push({ name: `seed001-annex${n}`, grid });
  }
  return tables;
}

/** 002 附件2: 事项 | 重点任务 | 牵头单位 | 分管领导 | 责任单位 | 分管领导, by seed line number. */
function seed002(): { name: string; grid: Grid; merges: string[] } {
  const text = readFileSync(join(seeds, '002_1f1fe8e8902f15f0.txt'), 'utf8');
  const L = (n: number) => text.split('\n')[n - 1]!.trim();
  const cells = (n: number, from = 0, count = 6) => L(n).split('|').map((c) => c.trim()).slice(from, from + count);
  const row = (...c: string[]) => [...c, '', '', '', '', '', ''].slice(0, 6);
  const grid: Grid = [
    [L(51)],
    [L(52)],
    cells(53),
    row(...cells(54)),
    row(...cells(55)),
    row(L(56), ...cells(57, 1, 2), L(58), ...cells(59, 1, 2)), // 三、…: lead, leaders, units merged over 1–3
    row('', cells(60)[0]!),
    row('', cells(61)[0]!),
    row('', ...cells(62, 0, 5)),
    row(L(63), ...cells(64, 1, 2), L(65), ...cells(66, 1, 2)),
    row(...cells(67)),
    row(...cells(68, 0, 4)),
  ];
  checkFaithful(grid, text, '002 附件2');
  // In the XLSX the merged cells are merged: 事项 over the four tasks of 三, the units over 1–3.
  return { name: 'seed002-annex2', grid, merges: ['A6:A9', 'C6:C8', 'D6:D8', 'E6:E8', 'F6:F8'] };
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = (grid: Grid) => `\uFEFF${grid.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

const tables = [...seed001(), seed002()];
for (const t of tables) writeFileSync(join(out, `${t.name}.csv`), csv(t.grid));

const t002 = seed002();
const wb = new ExcelJS.Workbook();
wb.creator = '科政通';
wb.created = wb.modified = new Date('2021-03-31T00:00:00Z'); // the same bytes every run
const ws = wb.addWorksheet('重点任务清单');
for (const r of t002.grid) ws.addRow(r);
for (const m of t002.merges) ws.mergeCells(m);
ws.columns.forEach((c, i) => (c.width = [22, 60, 16, 12, 28, 14][i]));
writeFileSync(join(out, `${t002.name}.xlsx`), Buffer.from(await wb.xlsx.writeBuffer()));
console.log(tables.map((t) => `${t.name}: ${t.grid.length} rows`).join('\n'));
