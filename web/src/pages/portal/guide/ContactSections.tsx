import { Col, Descriptions, Empty, Row } from 'antd';
import type { ItemContent } from '../../../api/types.ts';

export function Windows({ windows }: { windows: ItemContent['windows'] }) {
  if (windows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本事项全程网上办理，无需到窗口" />;
  return (
    <Row gutter={[12, 12]}>
      {windows.map((w, i) => (
        <Col key={i} xs={24} md={12}>
          <Descriptions
            bordered
            size="small"
            column={1}
            title={w.name}
            items={[
              { key: 'address', label: '办理地点', children: w.address },
              { key: 'hours', label: '办理时间', children: w.hours },
              { key: 'phone', label: '联系电话', children: <a href={`tel:${w.phone}`}>{w.phone}</a> },
            ]}
            styles={{ label: { width: 100 } }}
          />
        </Col>
      ))}
    </Row>
  );
}

/** 咨询方式 / 监督投诉: kind → value pairs. */
export function Channels({ channels }: { channels: ItemContent['consultation'] }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={channels.map((c, i) => ({ key: i, label: c.kind, children: c.value }))}
      styles={{ label: { width: 130 } }}
    />
  );
}
