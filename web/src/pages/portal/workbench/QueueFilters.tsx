// The work queue's search box and filters, kept in the page's URL (shareable, back-button safe).
import { Input, Select, Space } from 'antd';
import type { QueueFilter } from '../../../api/cases.ts';
import { useItems } from '../../../api/catalog.ts';

const DEADLINES = [
  { value: 'overdue', label: '已逾期' },
  { value: 'dueSoon', label: '3 个工作日内到期' },
  { value: 'normal', label: '正常' },
];

export function QueueFilters({ value, states, onChange }: { value: QueueFilter; states: Array<{ key: string; label: string }>; onChange: (f: QueueFilter) => void }) {
  const items = useItems({ pageSize: '100' });
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="queue-filters">
      <Input.Search
        allowClear
        placeholder="办件编号、申请人名称、统一社会信用代码"
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 320 }}
        data-testid="queue-search"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="事项"
        style={{ width: 240 }}
        value={value.itemCode}
        onChange={(itemCode?: string) => onChange({ ...value, itemCode })}
        options={(items.data?.items ?? []).map((i) => ({ value: i.code, label: i.name }))}
      />
      <Select allowClear placeholder="环节" style={{ width: 160 }} value={value.state} onChange={(state?: string) => onChange({ ...value, state })} options={states.map((s) => ({ value: s.key, label: s.label }))} />
      <Select
        allowClear
        placeholder="期限状态"
        style={{ width: 170 }}
        value={value.deadline}
        onChange={(deadline?: QueueFilter['deadline']) => onChange({ ...value, deadline })}
        options={DEADLINES}
        data-testid="queue-deadline"
      />
    </Space>
  );
}
