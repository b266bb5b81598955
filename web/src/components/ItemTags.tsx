import { Tag } from 'antd';
import { codeLabel, onlineDepthShort, STATUS_COLOR } from '../labels.ts';

export function VisitsTag({ visits }: { visits: number }) {
  return visits === 0 ? <Tag color="green">一次不用跑</Tag> : <Tag color="orange">跑动 {visits} 次</Tag>;
}

export function OnlineDepthTag({ depth }: { depth: string }) {
  return (
    <Tag color={depth === '4' ? 'blue' : 'default'} title={codeLabel('onlineDepth', depth)}>
      {onlineDepthShort(depth)}
    </Tag>
  );
}

export function TypeTag({ type, name }: { type: string; name?: string }) {
  return <Tag color="geekblue">{name ?? codeLabel('itemType', type)}</Tag>;
}

export function ItemStatusTag({ status }: { status: string }) {
  return <Tag color={STATUS_COLOR[status]}>{codeLabel('itemStatus', status)}</Tag>;
}

export function VersionStateTag({ state }: { state: string }) {
  return <Tag color={state === 'published' ? 'green' : STATUS_COLOR[state]}>{codeLabel('versionState', state)}</Tag>;
}
