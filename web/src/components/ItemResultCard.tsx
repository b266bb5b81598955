import { FileTextOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { ItemSummary } from '../api/types.ts';
import { timeLimitText } from '../format.ts';
import { codeLabel } from '../labels.ts';
import { OnlineDepthTag, TypeTag, VisitsTag } from './ItemTags.tsx';

/** One search result: name, tags and the key figures of an item. */
export function ItemResultCard({ item }: { item: ItemSummary }) {
  const guideUrl = `/items/${encodeURIComponent(item.code)}`;
  return (
    <article className="item-result" data-testid="item-result">
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <div style={{ minWidth: 0 }}>
          <Link to={guideUrl} className="item-result-name">
            {item.name}
          </Link>
          <div style={{ marginTop: 6 }}>
            <TypeTag type={item.type} name={item.typeName} />
            <VisitsTag visits={item.visits} />
            <OnlineDepthTag depth={item.onlineDepth} />
            {item.highFrequency && <Tag color="red">高频</Tag>}
          </div>
        </div>
        <Link to={guideUrl}>
          <Button type="primary" ghost size="small" icon={<FileTextOutlined />}>
            办事指南
          </Button>
        </Link>
      </div>
      <div className="item-result-meta">
        <span>承办处室：{item.office}</span>
        <span>承诺时限：{timeLimitText(item.promisedDays, item.statutoryDays)}</span>
        <span>跑动次数：{item.visits} 次</span>
        <span>网办深度：{codeLabel('onlineDepth', item.onlineDepth)}</span>
        <span>申请材料：{item.materialsCount} 份</span>
        <span>服务对象：{item.audiences.map((a) => codeLabel('audience', a)).join('、')}</span>
      </div>
    </article>
  );
}
