// A batch of printouts: its list, and what the service point (print manifest, mail) or the
// receiving unit (finish check-in) does with it next.
import { Button, Form, Input, Space, Table, Tag } from 'antd';
import { manifestUrl, type Batch } from '../../../api/applicationPdf.ts';

const OUTCOME: Record<Batch['items'][number]['outcome'], { text: string; color: string }> = {
  expected: { text: '待签收', color: 'default' },
  received: { text: '已签收', color: 'green' },
  missing: { text: '缺件', color: 'red' },
  unexpected: { text: '清单外', color: 'orange' },
};
const STATUS: Record<Batch['status'], string> = { open: '收件中', mailed: '已寄出', received: '已签收' };

interface Props {
  batch: Batch;
  onMail?: (courier: string, trackingNo: string) => void;
  onClose?: () => void;
  busy?: boolean;
}

export function BatchPanel({ batch, onMail, onClose, busy }: Props) {
  return (
    <div data-testid="batch-panel">
      <Space wrap style={{ marginBottom: 8 }}>
        <strong data-testid="batch-no">批次 {batch.batchNo}</strong>
        <Tag data-testid="batch-status">{STATUS[batch.status]}</Tag>
        <span className="muted">{batch.items.length} 件，{batch.totalPages} 页</span>
        {batch.courier && <span className="muted">{batch.courier} {batch.trackingNo}</span>}
        <Button size="small" href={manifestUrl(batch.id)} target="_blank" disabled={batch.items.length === 0}>打印移交清单</Button>
      </Space>
      <Table size="small" rowKey="caseId" pagination={false} dataSource={batch.items}
        columns={[
          { title: '办件编号', dataIndex: 'caseNo' },
          { title: '申请人', dataIndex: 'applicantName' },
          { title: '页数', dataIndex: 'pages' },
          { title: '状态', dataIndex: 'outcome', render: (o: keyof typeof OUTCOME) => <Tag color={OUTCOME[o].color}>{OUTCOME[o].text}</Tag> },
        ]} />
      {onMail && batch.status === 'open' && batch.items.length > 0 && (
        <Form layout="inline" style={{ marginTop: 12 }} onFinish={(v: { courier: string; trackingNo: string }) => onMail(v.courier, v.trackingNo)}>
          <Form.Item name="courier" rules={[{ required: true, message: '请填写快递公司' }]}><Input placeholder="快递公司" data-testid="batch-courier" /></Form.Item>
          <Form.Item name="trackingNo" rules={[{ required: true, pattern: /^[A-Za-z0-9-]{6,40}$/, message: '快递单号为 6–40 位字母、数字' }]}><Input placeholder="快递单号" data-testid="batch-tracking-no" /></Form.Item>
          <Button htmlType="submit" type="primary" loading={busy} data-testid="batch-mail">登记寄出</Button>
        </Form>
      )}
      {onClose && batch.status === 'mailed' && (
        <Button style={{ marginTop: 12 }} onClick={onClose} loading={busy} data-testid="close-batch">签收完毕（未扫到的标记为缺件）</Button>
      )}
    </div>
  );
}
