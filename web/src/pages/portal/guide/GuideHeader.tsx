import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { ItemContent } from '../../../api/types.ts';
import { formatDate } from '../../../format.ts';
import { OnlineDepthTag, TypeTag, VisitsTag } from '../../../components/ItemTags.tsx';
import { OnlineApplyButton } from './OnlineApplyButton.tsx';

interface Props {
  content: ItemContent;
  version?: number;
  publishedAt?: string;
  /** Hide the print / online buttons (admin preview). */
  actions?: boolean;
  /** A retired item cannot be applied for. */
  retired?: boolean;
}

export function GuideHeader({ content, version, publishedAt, actions = true, retired }: Props) {
  return (
    <header className="guide-header">
      <Space wrap size={[4, 4]}>
        <TypeTag type={content.type} />
        <VisitsTag visits={content.visits} />
        <OnlineDepthTag depth={content.onlineDepth} />
        {content.highFrequency && <Tag color="red">高频事项</Tag>}
      </Space>
      <h1 data-testid="guide-title">{content.name}</h1>
      {content.shortDescription && <p className="muted" style={{ marginTop: 0 }}>{content.shortDescription}</p>}
      <div className="guide-codes">
        <span>实施编码：{content.code}</span>
        <span>基本编码：{content.basicCode}</span>
        {version !== undefined && <span>版本：第 {version} 版</span>}
        <span>生效日期：{content.effectiveDate}</span>
        {publishedAt && <span>发布时间：{formatDate(publishedAt)}</span>}
      </div>
      {actions && (
        <Space wrap style={{ marginTop: 14 }}>
          <OnlineApplyButton code={content.code} retired={retired} />
          <Link to={`/items/${encodeURIComponent(content.code)}/print`} target="_blank">
            <Button icon={<PrinterOutlined />}>打印办事指南</Button>
          </Link>
        </Space>
      )}
    </header>
  );
}
