import { Steps, Table } from 'antd';
import type { ItemContent } from '../../../api/types.ts';

/** 办理流程 as vertical steps (long descriptions read better stacked, also on phones). */
export function ProcessSteps({ steps }: { steps: ItemContent['process'] }) {
  return (
    <Steps
      orientation="vertical"
      size="small"
      current={-1}
      items={steps.map((s, i) => ({
        key: i,
        status: 'process',
        title: s.name,
        subTitle: `${s.actor}${s.days !== undefined ? ` · ${s.days} 个工作日` : ''}`,
        content: <div className="guide-pre">{s.description}</div>,
      }))}
    />
  );
}

export function SpecialProcedures({ procedures }: { procedures: ItemContent['specialProcedures'] }) {
  if (procedures.length === 0) return <span className="muted">无特别程序</span>;
  return (
    <Table
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      dataSource={procedures.map((p, i) => ({ ...p, key: i }))}
      scroll={{ x: 640 }}
      columns={[
        { title: '特别程序种类', dataIndex: 'name', width: 160 },
        { title: '时限', dataIndex: 'limit', width: 140 },
        {
          title: '计入承诺时限',
          dataIndex: 'countsTowardLimit',
          width: 120,
          render: (v: boolean) => (v ? '计入' : '不计入'),
        },
        { title: '说明', dataIndex: 'note', render: (n?: string) => n ?? '—' },
      ]}
    />
  );
}
