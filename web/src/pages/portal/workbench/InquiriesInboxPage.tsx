// 咨询投诉办理: the office's messages (and those the staff member took up first — 首问负责), with
// deadlines in working days; take one up, forward it, or answer (optionally publishing the
// answer with the item's questions).
import { App, Button, Card, Checkbox, Descriptions, Drawer, Form, Input, Result, Segmented, Space, Spin, Table, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { useInbox, useInquiryStep, type StaffInquiry } from '../../../api/inquiries.ts';
import { useMe } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../components/SignInRequired.tsx';
import { formatDateTime } from '../../../format.ts';
import { usePageTitle } from '../../../usePageTitle.ts';

const HANDLERS = ['item_manager', 'window_clerk', 'decision_maker', 'supervisor', 'admin'];
const EVENT_LABELS: Record<string, string> = { submitted: '提交', claimed: '首问接手', forwarded: '转办', answered: '答复', escalated: '超期提请督办' };

function InquiryDrawer({ q, onClose }: { q: StaffInquiry | null; onClose: () => void }) {
  const step = useInquiryStep();
  const { message } = App.useApp();
  if (!q) return null;
  const run = (s: 'claim' | 'forward' | 'answer', body: Record<string, unknown>) =>
    step.mutate({ id: q.id, step: s, body: { ...body, expectedVersion: q.version } }, { onSuccess: onClose, onError: (e) => void message.error(errorMessage(e)) });
  return (
    <Drawer open onClose={onClose} size="large" title={`${q.kindLabel} ${q.trackingNo}`}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="主题">{q.subject}</Descriptions.Item>
        <Descriptions.Item label="内容"><span className="guide-pre">{q.content}</span></Descriptions.Item>
        <Descriptions.Item label="留言人">{q.senderName} {q.senderPhone}</Descriptions.Item>
        <Descriptions.Item label="办理处室">{q.office}</Descriptions.Item>
        <Descriptions.Item label="期限"><span style={{ color: q.overdue ? '#cf1322' : undefined }}>{q.deadline}{q.overdue ? '（已超期）' : ''}</span></Descriptions.Item>
        {q.answer && <Descriptions.Item label="答复">{q.answer}</Descriptions.Item>}
      </Descriptions>
      <Timeline style={{ marginTop: 16 }} items={q.events.map((e) => ({ content: `${formatDateTime(e.at)} · ${EVENT_LABELS[e.kind] ?? e.kind}${e.note ? `：${e.note}` : ''}` }))} />
      {q.state !== 'answered' && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {!q.firstHandler && <Button onClick={() => run('claim', {})} loading={step.isPending} data-testid="inquiry-claim">首问接手</Button>}
          <Form layout="inline" onFinish={(v: { office: string; note: string }) => run('forward', v)}>
            <Form.Item name="office" rules={[{ required: true, min: 2, message: '转办处室' }]}><Input placeholder="转办到处室" /></Form.Item>
            <Form.Item name="note" rules={[{ required: true, min: 2, message: '转办说明' }]}><Input placeholder="转办说明" /></Form.Item>
            <Button htmlType="submit" loading={step.isPending}>转办</Button>
          </Form>
          <Form layout="vertical" onFinish={(v: { answer: string; public?: boolean }) => run('answer', { answer: v.answer, public: !!v.public })}>
            <Form.Item name="answer" label="答复" rules={[{ required: true, min: 5, message: '答复至少 5 个字' }]}><Input.TextArea rows={4} data-testid="inquiry-answer-input" /></Form.Item>
            {q.itemCode && <Form.Item name="public" valuePropName="checked"><Checkbox>公开到该事项的网上问答</Checkbox></Form.Item>}
            <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="inquiry-answer-submit">答复</Button>
          </Form>
        </Space>
      )}
    </Drawer>
  );
}

export default function InquiriesInboxPage() {
  usePageTitle('咨询投诉办理');
  const me = useMe();
  const [filter, setFilter] = useState<'todo' | 'overdue' | 'all'>('todo');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<StaffInquiry | null>(null);
  const allowed = !!me.data && me.data.roles.some((r) => HANDLERS.includes(r));
  const inbox = useInbox({ page, ...(filter === 'todo' ? { state: 'open' } : filter === 'overdue' ? { overdue: true } : {}) }, allowed);
  if (me.isPending) return <Spin />;
  if (!me.data) return <SignInRequired subTitle="工作人员登录后办理咨询投诉。" returnTo="/workbench/inquiries" />;
  if (!allowed) return <Result status="403" title="只有工作人员可以办理咨询投诉" />;
  return (
    <>
      <h1 className="section-title">咨询投诉办理</h1>
      <Card>
        <Segmented<'todo' | 'overdue' | 'all'> value={filter} onChange={(v) => { setFilter(v); setPage(1); }} options={[{ value: 'todo', label: '待处理' }, { value: 'overdue', label: '已超期' }, { value: 'all', label: '全部' }]} style={{ marginBottom: 12 }} />
        {inbox.error ? <ErrorAlert error={inbox.error} /> : (
          <Table<StaffInquiry>
            rowKey="id"
            loading={inbox.isFetching}
            dataSource={inbox.data?.items ?? []}
            pagination={{ current: page, pageSize: 20, total: inbox.data?.total ?? 0, onChange: setPage }}
            onRow={(q) => ({ onClick: () => setOpen(q), style: { cursor: 'pointer' } })}
            columns={[
              { title: '受理编号', dataIndex: 'trackingNo' },
              { title: '类别', render: (_, q) => <Tag>{q.kindLabel}</Tag> },
              { title: '主题', dataIndex: 'subject' },
              { title: '处室', dataIndex: 'office' },
              { title: '状态', render: (_, q) => <>{q.stateLabel}{q.escalated && <Tag color="red">已提请督办</Tag>}</> },
              { title: '期限', render: (_, q) => <span style={{ color: q.overdue ? '#cf1322' : undefined }}>{q.deadline}</span> },
            ]}
          />
        )}
      </Card>
      <InquiryDrawer q={open} onClose={() => setOpen(null)} />
    </>
  );
}
