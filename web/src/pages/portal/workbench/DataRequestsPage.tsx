// 数据共享申请办理: requests from other departments with their deadlines (3 or 10 working
// days); 事项管理人 enter and answer them, 审批负责人 approve those needing approval or refuse
// them, supervisors see the overdue ones.
import { App, Button, Card, Descriptions, Drawer, Form, Input, Modal, Radio, Result, Segmented, Space, Spin, Table, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { DATA_REQUEST_ROLES, useDataRequests, useDataRequestStep, useEnterDataRequest, type DataRequest, type DataRequestInput } from '../../../api/dataRequests.ts';
import { useMe } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../components/SignInRequired.tsx';
import { formatDateTime } from '../../../format.ts';
import { usePageTitle } from '../../../usePageTitle.ts';

const EVENT_LABELS: Record<string, string> = { received: '收到申请', approved: '批准提供', answered: '答复', refused: '不予提供', overdue: '超过答复期限' };
const has = (roles: readonly string[], mine: string[]) => mine.some((r) => roles.includes(r));

function RequestDrawer({ r, roles, onClose }: { r: DataRequest | null; roles: string[]; onClose: () => void }) {
  const step = useDataRequestStep();
  const { message } = App.useApp();
  if (!r) return null;
  const open = r.state === 'received' || r.state === 'approved';
  const run = (s: 'approve' | 'answer' | 'refuse', body: Record<string, unknown>) =>
    step.mutate({ id: r.id, step: s, body: { ...body, expectedVersion: r.version } }, { onSuccess: onClose, onError: (e) => void message.error(errorMessage(e)) });
  const canAnswer = open && has(DATA_REQUEST_ROLES.handle, roles) && (r.kind === 'direct' || r.state === 'approved');
  const canApprove = r.state === 'received' && r.kind === 'approval' && has(DATA_REQUEST_ROLES.approve, roles);
  const canRefuse = open && (has(DATA_REQUEST_ROLES.approve, roles) || (r.kind === 'direct' && has(DATA_REQUEST_ROLES.handle, roles)));
  return (
    <Drawer open onClose={onClose} size="large" title={`数据共享申请 ${r.requestNo}`}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="申请单位">{r.requesterOrg}{r.channel === 'api' && <Tag style={{ marginInlineStart: 8 }}>接口：{r.requesterClient}</Tag>}</Descriptions.Item>
        <Descriptions.Item label="联系人">{r.contactName} {r.contactPhone}</Descriptions.Item>
        <Descriptions.Item label="申请数据"><span className="guide-pre">{r.subject}</span></Descriptions.Item>
        <Descriptions.Item label="法律依据">{r.legalBasis}</Descriptions.Item>
        <Descriptions.Item label="用途">{r.purpose}</Descriptions.Item>
        <Descriptions.Item label="类别">{r.kindLabel}</Descriptions.Item>
        <Descriptions.Item label="收到日期">{r.receivedOn}</Descriptions.Item>
        <Descriptions.Item label="答复期限"><span style={{ color: r.overdue ? '#cf1322' : undefined }}>{r.deadline}{r.overdue ? '（已超期）' : ''}</span></Descriptions.Item>
        <Descriptions.Item label="状态">{r.stateLabel}</Descriptions.Item>
        {r.answer && <Descriptions.Item label="答复"><span className="guide-pre">{r.answer}</span></Descriptions.Item>}
        {r.refuseReason && <Descriptions.Item label="不予提供理由">{r.refuseReason}</Descriptions.Item>}
      </Descriptions>
      <Timeline style={{ marginTop: 16 }} items={r.events.map((e) => ({ content: `${formatDateTime(e.at)} · ${EVENT_LABELS[e.kind] ?? e.kind}${e.note ? `：${e.note}` : ''}` }))} />
      <Space direction="vertical" style={{ width: '100%' }}>
        {canApprove && (
          <Form layout="inline" onFinish={(v: { note?: string }) => run('approve', v.note ? { note: v.note } : {})}>
            <Form.Item name="note"><Input placeholder="审批意见（可选）" /></Form.Item>
            <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="datareq-approve">批准提供</Button>
          </Form>
        )}
        {canAnswer && (
          <Form layout="vertical" onFinish={(v: { answer: string }) => run('answer', v)}>
            <Form.Item name="answer" label="答复内容" rules={[{ required: true, min: 2, message: '请填写答复内容' }]}><Input.TextArea rows={4} data-testid="datareq-answer-input" /></Form.Item>
            <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="datareq-answer">答复</Button>
          </Form>
        )}
        {canRefuse && (
          <Form layout="inline" onFinish={(v: { reason: string }) => run('refuse', v)}>
            <Form.Item name="reason" rules={[{ required: true, min: 4, message: '不予提供须说明理由（至少 4 个字）' }]}><Input placeholder="不予提供的理由" style={{ width: 320 }} /></Form.Item>
            <Button danger htmlType="submit" loading={step.isPending} data-testid="datareq-refuse">不予提供</Button>
          </Form>
        )}
      </Space>
    </Drawer>
  );
}

function EnterModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const enter = useEnterDataRequest();
  const { message } = App.useApp();
  const [form] = Form.useForm<DataRequestInput>();
  const submit = (v: DataRequestInput) =>
    enter.mutate({ ...v, contactPhone: v.contactPhone || undefined }, {
      onSuccess: (r) => { void message.success(`已登记 ${r.requestNo}，答复期限 ${r.deadline}`); form.resetFields(); onClose(); },
      onError: (e) => void message.error(errorMessage(e)),
    });
  return (
    <Modal open={open} title="登记数据共享申请" onCancel={onClose} onOk={() => form.submit()} confirmLoading={enter.isPending} okText="登记" cancelText="取消">
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'direct' }}>
        <Form.Item name="requesterOrg" label="申请单位" rules={[{ required: true, min: 2, message: '请填写申请单位' }]}><Input /></Form.Item>
        <Space>
          <Form.Item name="contactName" label="联系人" rules={[{ required: true, message: '请填写联系人' }]}><Input /></Form.Item>
          <Form.Item name="contactPhone" label="联系电话"><Input /></Form.Item>
        </Space>
        <Form.Item name="subject" label="申请的数据" rules={[{ required: true, min: 4, message: '请写明申请的数据（至少 4 个字）' }]}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="legalBasis" label="法律依据" rules={[{ required: true, min: 2, message: '请填写法律依据' }]}><Input /></Form.Item>
        <Form.Item name="purpose" label="用途" rules={[{ required: true, min: 2, message: '请填写用途' }]}><Input /></Form.Item>
        <Form.Item name="kind" label="类别">
          <Radio.Group options={[{ value: 'direct', label: '系统可直接提供（3 个工作日）' }, { value: 'approval', label: '须审批后提供（10 个工作日）' }]} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function DataRequestsPage() {
  usePageTitle('数据共享申请办理');
  const me = useMe();
  const [filter, setFilter] = useState<'open' | 'overdue' | 'all'>('open');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const [entering, setEntering] = useState(false);
  const roles = me.data?.roles ?? [];
  const allowed = has(DATA_REQUEST_ROLES.read, roles);
  const list = useDataRequests({ page, ...(filter === 'open' ? { open: true } : filter === 'overdue' ? { overdue: true } : {}) }, allowed);
  if (me.isPending) return <Spin />;
  if (!me.data) return <SignInRequired subTitle="工作人员登录后办理数据共享申请。" returnTo="/workbench/data-requests" />;
  if (!allowed) return <Result status="403" title="只有事项管理人、审批负责人、督办人员和管理员可以查看数据共享申请" />;
  const current = list.data?.items.find((r) => r.id === openId) ?? null;
  return (
    <>
      <h1 className="section-title">数据共享申请办理</h1>
      <Card>
        <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
          <Segmented<'open' | 'overdue' | 'all'> value={filter} onChange={(v) => { setFilter(v); setPage(1); }} options={[{ value: 'open', label: '待办理' }, { value: 'overdue', label: '已超期' }, { value: 'all', label: '全部' }]} />
          {has(DATA_REQUEST_ROLES.handle, roles) && <Button type="primary" onClick={() => setEntering(true)} data-testid="datareq-enter">登记申请</Button>}
        </Space>
        {list.error ? <ErrorAlert error={list.error} /> : (
          <Table<DataRequest>
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
            onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: '申请编号', dataIndex: 'requestNo' },
              { title: '申请单位', dataIndex: 'requesterOrg' },
              { title: '申请数据', dataIndex: 'subject', ellipsis: true },
              { title: '类别', render: (_, r) => <Tag>{r.kind === 'direct' ? '直接提供' : '须审批'}</Tag> },
              { title: '状态', render: (_, r) => <>{r.stateLabel}{r.overdue && <Tag color="red" style={{ marginInlineStart: 8 }}>已超期</Tag>}</> },
              { title: '答复期限', render: (_, r) => <span style={{ color: r.overdue ? '#cf1322' : undefined }}>{r.deadline}</span> },
            ]}
          />
        )}
      </Card>
      <RequestDrawer r={current} roles={roles} onClose={() => setOpenId(null)} />
      <EnterModal open={entering} onClose={() => setEntering(false)} />
    </>
  );
}
