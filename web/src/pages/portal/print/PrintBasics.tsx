import type { ItemContent } from '../../../api/types.ts';
import { promisedText } from '../../../format.ts';
import { codeLabel, RESULT_KIND } from '../../../labels.ts';
import { feeText, statutoryText } from '../guide/guideText.ts';

/** 基本信息 as a two-column key/value table. */
export function PrintBasics({ content: c, version }: { content: ItemContent; version: number }) {
  const rows: [string, string][] = [
    ['事项名称', c.name],
    ['事项类型', codeLabel('itemType', c.type)],
    ['实施编码', c.code],
    ['基本编码', c.basicCode],
    ['版本 / 生效日期', `第 ${version} 版 / ${c.effectiveDate}`],
    ['实施主体', `${c.department.name}（${codeLabel('bodyNature', c.department.nature)}，${c.department.creditCode}）`],
    ['承办处室', c.office],
    ['权力来源', codeLabel('powerSource', c.powerSource)],
    ['办件类型', codeLabel('caseType', c.caseType)],
    ['行使层级', codeLabel('level', c.level)],
    ['服务对象', c.audiences.map((a) => codeLabel('audience', a)).join('、')],
    ['法定办结时限', [statutoryText(c), c.statutoryLimit?.note].filter(Boolean).join('；')],
    ['承诺办结时限', [promisedText(c.promisedDays), c.promisedNote].filter(Boolean).join('；')],
    ['是否收费', [feeText(c), c.fee.charged && c.fee.basis ? `依据：${c.fee.basis}` : ''].filter(Boolean).join('；')],
    ['到办事现场次数', `${c.visits} 次${c.visits === 0 ? '（一次不用跑）' : ''}`],
    ['网上办理深度', codeLabel('onlineDepth', c.onlineDepth)],
    ['网上办理地址', [c.onlineUrls.pc, c.onlineUrls.mobile].filter(Boolean).join('；') || '暂无'],
    [
      '审批结果',
      [
        `${c.result.name}（${RESULT_KIND[c.result.kind] ?? c.result.kind}）`,
        c.result.validity && `有效期：${c.result.validity}`,
        c.result.delivery && `送达方式：${c.result.delivery}`,
      ]
        .filter(Boolean)
        .join('；'),
    ],
  ];
  if (c.shortDescription) rows.splice(1, 0, ['事项简介', c.shortDescription]);
  return (
    <table className="print-kv">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th>{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
