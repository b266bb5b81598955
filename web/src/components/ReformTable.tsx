import { Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { ReformFigures } from '../api/types.ts';
import { formatPercent } from '../format.ts';
import { VisitsTag, OnlineDepthTag } from './ItemTags.tsx';

type Row = ReformFigures['perItem'][number];

const byNullable = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);

const columns: TableColumnsType<Row> = [
  {
    title: '事项名称',
    dataIndex: 'name',
    fixed: 'left',
    width: 220,
    sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    render: (name: string, row) => <Link to={`/items/${encodeURIComponent(row.code)}`}>{name}</Link>,
  },
  {
    title: '跑动次数',
    dataIndex: 'visits',
    width: 120,
    sorter: (a, b) => a.visits - b.visits,
    render: (v: number) => <VisitsTag visits={v} />,
  },
  {
    title: '网办深度',
    dataIndex: 'onlineDepth',
    width: 120,
    sorter: (a, b) => a.onlineDepth.localeCompare(b.onlineDepth),
    render: (d: string) => <OnlineDepthTag depth={d} />,
  },
  { title: '承诺时限', dataIndex: 'promisedDays', width: 100, sorter: (a, b) => a.promisedDays - b.promisedDays },
  {
    title: '法定时限',
    dataIndex: 'statutoryDays',
    width: 100,
    sorter: (a, b) => byNullable(a.statutoryDays, b.statutoryDays),
    render: (v: number | null) => v ?? '无',
  },
  {
    title: '时限比',
    dataIndex: 'timeRatio',
    width: 100,
    sorter: (a, b) => byNullable(a.timeRatio, b.timeRatio),
    render: (v: number | null) => formatPercent(v),
  },
  { title: '材料数', dataIndex: 'materials', width: 90, sorter: (a, b) => a.materials - b.materials },
  {
    title: '必要材料',
    dataIndex: 'requiredMaterials',
    width: 100,
    sorter: (a, b) => a.requiredMaterials - b.requiredMaterials,
  },
  {
    title: '告知承诺',
    dataIndex: 'commitmentMaterials',
    width: 100,
    sorter: (a, b) => a.commitmentMaterials - b.commitmentMaterials,
  },
  {
    title: '共享免交',
    dataIndex: 'sharedMaterials',
    width: 100,
    sorter: (a, b) => a.sharedMaterials - b.sharedMaterials,
  },
];

/** Per-item reform figures, sortable by every column. */
export function ReformTable({ rows }: { rows: ReformFigures['perItem'] }) {
  return (
    <Table<Row>
      rowKey="code"
      size="middle"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 1130 }}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      showSorterTooltip={false}
    />
  );
}
