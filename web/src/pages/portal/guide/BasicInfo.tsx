import { Descriptions, type DescriptionsProps } from 'antd';
import type { ItemContent } from '../../../api/types.ts';
import { isSafeUrl, promisedText } from '../../../format.ts';
import { feeText, statutoryText } from './guideText.ts';
import { codeLabel, RESULT_KIND } from '../../../labels.ts';
import { VisitsTag } from '../../../components/ItemTags.tsx';

const note = (text: string | undefined) => text && <div className="muted small">{text}</div>;

export function BasicInfo({ content: c }: { content: ItemContent }) {
  const items: DescriptionsProps['items'] = [
    {
      key: 'department',
      label: '实施主体',
      children: (
        <>
          {c.department.name}（{codeLabel('bodyNature', c.department.nature)}）
          {note(`统一社会信用代码：${c.department.creditCode}`)}
        </>
      ),
    },
    { key: 'office', label: '承办处室', children: c.office },
    { key: 'powerSource', label: '权力来源', children: codeLabel('powerSource', c.powerSource) },
    { key: 'caseType', label: '办件类型', children: codeLabel('caseType', c.caseType) },
    { key: 'level', label: '行使层级', children: codeLabel('level', c.level) },
    { key: 'audiences', label: '服务对象', children: c.audiences.map((a) => codeLabel('audience', a)).join('、') },
    {
      key: 'statutory',
      label: '法定办结时限',
      children: (
        <>
          {statutoryText(c)}
          {note(c.statutoryLimit?.note)}
        </>
      ),
    },
    {
      key: 'promised',
      label: '承诺办结时限',
      children: (
        <>
          {promisedText(c.promisedDays)}
          {note(c.promisedNote)}
        </>
      ),
    },
    {
      key: 'fee',
      label: '是否收费',
      children: (
        <>
          {feeText(c)}
          {c.fee.charged && note(c.fee.basis && `收费依据：${c.fee.basis}`)}
        </>
      ),
    },
    {
      key: 'visits',
      label: '到办事现场次数',
      children: (
        <>
          {c.visits} 次 <VisitsTag visits={c.visits} />
        </>
      ),
    },
    { key: 'onlineDepth', label: '网上办理深度', children: codeLabel('onlineDepth', c.onlineDepth) },
    {
      key: 'onlineUrls',
      label: '网上办理地址',
      children:
        c.onlineUrls.pc || c.onlineUrls.mobile ? (
          <div style={{ wordBreak: 'break-all' }}>
            {c.onlineUrls.pc && (
              <div>
                电脑端：
                {isSafeUrl(c.onlineUrls.pc) ? (
                  <a href={c.onlineUrls.pc} target="_blank" rel="noreferrer">{c.onlineUrls.pc}</a>
                ) : (
                  c.onlineUrls.pc
                )}
              </div>
            )}
            {c.onlineUrls.mobile && (
              <div>
                移动端：
                {isSafeUrl(c.onlineUrls.mobile) ? (
                  <a href={c.onlineUrls.mobile} target="_blank" rel="noreferrer">{c.onlineUrls.mobile}</a>
                ) : (
                  c.onlineUrls.mobile
                )}
              </div>
            )}
          </div>
        ) : (
          '暂无'
        ),
    },
    {
      key: 'result',
      label: '审批结果',
      span: 'filled',
      children: (
        <>
          {c.result.name}（{RESULT_KIND[c.result.kind] ?? c.result.kind}）
          {note([c.result.validity && `有效期：${c.result.validity}`, c.result.delivery && `送达方式：${c.result.delivery}`]
            .filter(Boolean)
            .join('；'))}
        </>
      ),
    },
    { key: 'themes', label: '主题分类', span: 'filled', children: c.themes.join('、') || '—' },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={items}
      styles={{ label: { width: 130, whiteSpace: 'nowrap' } }}
    />
  );
}
