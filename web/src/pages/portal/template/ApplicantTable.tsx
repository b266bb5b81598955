import { Grid } from 'antd';

/** The applicant's details, each followed by an empty cell to fill in by hand. */
const FIELDS: { label: string; wide?: boolean }[] = [
  { label: '单位名称', wide: true },
  { label: '统一社会信用代码' },
  { label: '法定代表人' },
  { label: '单位地址', wide: true },
  { label: '邮政编码' },
  { label: '联系人' },
  { label: '联系电话' },
  { label: '电子邮箱' },
];

/** Two label/blank pairs a row on paper and wide screens; one pair a row on phones. */
function rowsOf(narrow: boolean): (typeof FIELDS)[] {
  if (narrow) return FIELDS.map((f) => [f]);
  const rows: (typeof FIELDS)[] = [];
  for (const field of FIELDS) {
    const last = rows[rows.length - 1];
    if (!field.wide && last && last.length === 1 && !last[0]?.wide) last.push(field);
    else rows.push([field]);
  }
  return rows;
}

/** 申请单位基本信息: a ruled table with blank cells. */
export function ApplicantTable() {
  const narrow = !(Grid.useBreakpoint().sm ?? true);
  return (
    <table className="print-kv tpl-applicant">
      <tbody>
        {rowsOf(narrow).map((row) => (
          <tr key={row[0]?.label}>
            {row.map((f) => [
              <th key={`${f.label}-label`} scope="row">
                {f.label}
              </th>,
              <td key={`${f.label}-blank`} colSpan={!narrow && row.length === 1 ? 3 : undefined} className="tpl-blank" />,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
