import type { ItemContent } from '../../../api/types.ts';
import { codeLabel } from '../../../labels.ts';

export function PrintMaterials({ materials }: { materials: ItemContent['materials'] }) {
  if (materials.length === 0) return <p>本事项无需提交申请材料。</p>;
  return (
    <table>
      <colgroup>
        {['5%', '37%', '9%', '10%', '10%', '11%', '8%', '10%'].map((w, i) => (
          <col key={i} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th>序号</th>
          <th>材料名称及要求</th>
          <th>必要性</th>
          <th>来源</th>
          <th>形式/格式</th>
          <th>份数</th>
          <th>容缺</th>
          <th>告知承诺</th>
        </tr>
      </thead>
      <tbody>
        {materials.map((m, i) => (
          <tr key={i}>
            <td>{i + 1}</td>
            <td>
              {m.name}
              {m.spec && <div className="pre">{m.spec}</div>}
              {m.templateUrl && <div>空白表格：{new URL(m.templateUrl, window.location.origin).href}</div>}
              {m.sampleUrl && <div>示例样表：{m.sampleUrl}</div>}
            </td>
            <td>
              {m.required ? '必要' : '非必要'}
              {m.requiredNote && <div>{m.requiredNote}</div>}
            </td>
            <td>{codeLabel('materialSource', m.source)}</td>
            <td>
              {codeLabel('materialForm', m.form)}
              {m.fileFormats.length > 0 && <div>{m.fileFormats.join('、')}</div>}
            </td>
            <td>
              原件 {m.originals}
              <br />
              复印件 {m.copies}
            </td>
            <td>{m.toleranceAllowed ? '可' : '否'}</td>
            <td>{m.commitmentAllowed ? '可' : '否'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface TableProps {
  head: string[];
  rows: (string | number | undefined)[][];
  /** Column widths, e.g. ['10%', '30%']. */
  widths?: string[];
}

/** A generic ruled table from column headers and rows of text. */
export function PrintTable({ head, rows, widths }: TableProps) {
  if (rows.length === 0) return <p>无</p>;
  return (
    <table>
      {widths && (
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((cell, j) => (
              <td key={j} className="pre">
                {cell ?? '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
