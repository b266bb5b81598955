// 差评回访整改: the office's list of real-name bad ratings to follow up (overdue in red,
// escalated marked), each opened in a drawer to record the call-back and the rectification;
// supervisors see every office and decide appeals.
import { App, Button, Card, Descriptions, Drawer, Form, Input, Result, Segmented, Space, Spin, Table, Tabs, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FOLLOWUP_STATE_LABELS } from '../../../../../server/modules/feedback/levels.ts';
import { errorMessage } from '../../../api/client.ts';
import { canFollowUp, canSupervise, useAppealMutations, useAppeals, useFollowup, useFollowups, useFollowupStep, type FollowupRow } from '../../../api/feedback.ts';
import { useMe } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../components/SignInRequired.tsx';
import { formatDateTime } from '../../../format.ts';
import { usePageTitle } from '../../../usePageTitle.ts';
import { RatingFigures } from './RatingFigures.tsx';

function FollowupDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const f = useFollowup(id);
  const step = useFollowupStep();
  const { file } = useAppealMutations();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const d = f.data;
  const run = (body: Record<string, unknown>) =>
    step.mutate({ id: id!, body: { ...body, expectedVersion: d!.version } }, { onSuccess: () => form.resetFields(), onError: (e) => void message.error(errorMessage(e)) });
  return (
    <Drawer open={id !== null} onClose={onClose} size="large" title="差评回访整改" destroyOnHidden>
      {f.isPending || !d ? <Spin /> : (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="评价">{d.rating.levelLabel} {d.rating.tags.map((t) => <Tag key={t}>{t}</Tag>)}</Descriptions.Item>
            <Descriptions.Item label="意见">{d.rating.comment ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="评价对象">{d.rating.itemName}{d.rating.caseId && <> · <Link to={`/workbench/cases/${d.rating.caseId}`}>查看办件</Link></>}</Descriptions.Item>
            <Descriptions.Item label="评价人">{d.rating.raterName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="状态"><Tag color={d.overdue ? 'red' : 'blue'} data-testid="followup-state">{d.stateLabel}</Tag>{d.escalated && <Tag color="red">已提请督办</Tag>} 期限 {d.deadline}</Descriptions.Item>
          </Descriptions>
          <Timeline
            style={{ marginTop: 16 }}
            items={d.events.map((e) => ({ content: <span>{formatDateTime(e.at)} · {e.toState ? FOLLOWUP_STATE_LABELS[e.toState as keyof typeof FOLLOWUP_STATE_LABELS] : e.kind}{e.note ? `：${e.note}` : ''}</span> }))}
          />
          {(d.state === 'open' || d.state === 'disputed') && (
            <Form form={form} layout="vertical" onFinish={(v: { callbackNote: string; problem: string }) => run({ action: 'callback', ...v })}>
              <Form.Item name="callbackNote" label="回访记录" rules={[{ required: true, min: 2, message: '请填写回访记录' }]}><Input.TextArea rows={2} data-testid="followup-callback" /></Form.Item>
              <Form.Item name="problem" label="核实的问题" rules={[{ required: true, min: 2, message: '请填写核实的问题' }]}><Input.TextArea rows={2} data-testid="followup-problem" /></Form.Item>
              <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="followup-callback-submit">记录回访</Button>
            </Form>
          )}
          {d.state === 'called_back' && (
            <Form form={form} layout="vertical" onFinish={(v: { actionTaken: string }) => run({ action: 'rectify', ...v })}>
              <Form.Item name="actionTaken" label="整改措施与结果" rules={[{ required: true, min: 2, message: '请填写整改情况' }]}><Input.TextArea rows={3} data-testid="followup-action" /></Form.Item>
              <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="followup-rectify-submit">提交整改结果</Button>
            </Form>
          )}
          {!d.rating.appeal && d.state !== 'confirmed' && (
            <Space.Compact style={{ width: '100%', marginTop: 16 }}>
              <Input id="appeal-reason" placeholder="认为评价有误？填写申诉理由（至少 5 个字）" />
              <Button
                loading={file.isPending}
                onClick={() => {
                  const reason = (document.getElementById('appeal-reason') as HTMLInputElement | null)?.value.trim() ?? '';
                  file.mutate({ ratingId: d.rating.id, reason }, { onSuccess: () => void message.success('申诉已提交，等待督办人员裁定'), onError: (e) => void message.error(errorMessage(e)) });
                }}
              >
                申诉
              </Button>
            </Space.Compact>
          )}
        </>
      )}
    </Drawer>
  );
}

function AppealsTab() {
  const appeals = useAppeals(true);
  const { decide } = useAppealMutations();
  const { message } = App.useApp();
  if (appeals.error) return <ErrorAlert error={appeals.error} />;
  const decideWith = (id: string, upheld: boolean) => {
    const note = window.prompt(upheld ? '申诉成立的理由' : '申诉不成立的理由');
    if (note && note.trim().length >= 2) decide.mutate({ id, upheld, note: note.trim() }, { onError: (e) => void message.error(errorMessage(e)) });
  };
  return (
    <Table
      rowKey="id"
      loading={appeals.isPending}
      dataSource={appeals.data?.items ?? []}
      pagination={false}
      columns={[
        { title: '处室', dataIndex: 'office' },
        { title: '评价', render: (_, a) => <>{a.itemName} · {a.comment ?? a.tags.join('、')}</> },
        { title: '申诉理由', dataIndex: 'reason' },
        { title: '提出时间', render: (_, a) => formatDateTime(a.filedAt) },
        { title: '裁定', render: (_, a) => <Space><Button size="small" onClick={() => decideWith(a.id, true)}>成立</Button><Button size="small" danger onClick={() => decideWith(a.id, false)}>不成立</Button></Space> },
      ]}
    />
  );
}

export default function FollowupsPage() {
  usePageTitle('差评回访整改');
  const me = useMe();
  const [filter, setFilter] = useState<'open' | 'overdue' | 'all'>('open');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const allowed = canFollowUp(me.data);
  const list = useFollowups({ page, ...(filter === 'open' ? { state: 'open' } : filter === 'overdue' ? { overdue: true } : {}) }, allowed);
  if (me.isPending) return <Spin />;
  if (!me.data) return <SignInRequired subTitle="工作人员登录后处理差评回访整改。" returnTo="/workbench/followups" />;
  if (!allowed) return <Result status="403" title="只有责任处室和督办人员可以处理差评整改" />;
  const table = (
    <Card>
      <Segmented<'open' | 'overdue' | 'all'> value={filter} onChange={(v) => { setFilter(v); setPage(1); }} options={[{ value: 'open', label: '待回访' }, { value: 'overdue', label: '已超期' }, { value: 'all', label: '全部' }]} style={{ marginBottom: 12 }} />
      {list.error ? <ErrorAlert error={list.error} /> : (
        <Table<FollowupRow>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
          onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: '评价对象', render: (_, r) => r.itemName },
            { title: '评价', render: (_, r) => <><Tag color="red">{r.level === 1 ? '非常不满意' : '不满意'}</Tag>{r.comment ?? r.tags.join('、')}</> },
            { title: '责任处室', dataIndex: 'office' },
            { title: '状态', render: (_, r) => <><Tag>{r.stateLabel}</Tag>{r.escalated && <Tag color="red">已提请督办</Tag>}</> },
            { title: '期限', render: (_, r) => <span style={{ color: r.overdue ? '#cf1322' : undefined }} data-testid="followup-deadline">{r.deadline}{r.overdue ? '（已超期）' : ''}</span> },
          ]}
        />
      )}
    </Card>
  );
  return (
    <>
      <h1 className="section-title">差评回访整改</h1>
      {canSupervise(me.data) && <RatingFigures />}
      {canSupervise(me.data) ? <Tabs items={[{ key: 'f', label: '整改单', children: table }, { key: 'a', label: '申诉裁定', children: <AppealsTab /> }]} /> : table}
      <FollowupDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
