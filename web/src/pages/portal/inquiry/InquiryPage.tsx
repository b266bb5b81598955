// 咨询投诉: ask a question, complain, or write to the director (局长信箱); get a tracking number;
// look the answer up later (by number and phone, or in the list when signed in).
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Result, Table, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../../api/client.ts';
import { useMyInquiries, useSendInquiry, useTrackInquiry, type Inquiry, type InquiryKind } from '../../../api/inquiries.ts';
import { useMe } from '../../../api/session.ts';
import { formatDateTime } from '../../../format.ts';
import { usePageTitle } from '../../../usePageTitle.ts';

const PHONE = /^1[3-9]\d{9}$/;

function InquiryView({ q }: { q: Inquiry }) {
  return (
    <Descriptions size="small" column={1} bordered data-testid="inquiry-view">
      <Descriptions.Item label="受理编号"><span data-testid="inquiry-no">{q.trackingNo}</span></Descriptions.Item>
      <Descriptions.Item label="类别">{q.kindLabel}</Descriptions.Item>
      <Descriptions.Item label="主题">{q.subject}</Descriptions.Item>
      <Descriptions.Item label="办理处室">{q.office}</Descriptions.Item>
      <Descriptions.Item label="状态"><span data-testid="inquiry-state">{q.stateLabel}</span>（答复期限 {q.deadline}）</Descriptions.Item>
      {q.answer && <Descriptions.Item label="答复"><span className="guide-pre" data-testid="inquiry-answer">{q.answer}</span>（{formatDateTime(q.answeredAt)}）</Descriptions.Item>}
    </Descriptions>
  );
}

function SendForm() {
  const me = useMe();
  const [params] = useSearchParams();
  const send = useSendInquiry();
  const [sent, setSent] = useState<Inquiry | null>(null);
  const itemCode = params.get('item') ?? undefined;
  if (sent) return <Result status="success" title="已收到您的留言" subTitle={`请记下受理编号 ${sent.trackingNo}，我们将在 ${sent.deadline} 前答复。`} extra={<InquiryView q={sent} />} />;
  return (
    <Form
      layout="vertical"
      initialValues={{ kind: (params.get('kind') as InquiryKind | null) ?? 'consult' }}
      onFinish={(v: { kind: InquiryKind; subject: string; content: string; name?: string; phone?: string }) => send.mutate({ ...v, itemCode }, { onSuccess: setSent })}
    >
      {send.error && <Alert type="error" showIcon title={errorMessage(send.error)} style={{ marginBottom: 12 }} />}
      {itemCode && <Alert type="info" title={`关于事项 ${itemCode}`} style={{ marginBottom: 12 }} />}
      <Form.Item name="kind" label="类别">
        <Radio.Group optionType="button" options={[{ value: 'consult', label: '咨询' }, { value: 'complaint', label: '投诉' }, { value: 'mailbox', label: '局长信箱' }]} />
      </Form.Item>
      <Form.Item name="subject" label="主题" rules={[{ required: true, min: 4, message: '主题至少 4 个字' }]}><Input maxLength={100} data-testid="inquiry-subject" /></Form.Item>
      <Form.Item name="content" label="内容" rules={[{ required: true, min: 10, message: '内容至少 10 个字' }]}><Input.TextArea rows={5} maxLength={4000} showCount data-testid="inquiry-content" /></Form.Item>
      {!me.data && (
        <>
          <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}><Input maxLength={30} /></Form.Item>
          <Form.Item name="phone" label="手机号" rules={[{ required: true, pattern: PHONE, message: '请填写 11 位手机号码' }]}><Input maxLength={11} inputMode="tel" /></Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={send.isPending} data-testid="inquiry-submit">提交</Button>
    </Form>
  );
}

function TrackForm() {
  const track = useTrackInquiry();
  return (
    <>
      <Form layout="inline" onFinish={(v: { no: string; phone: string }) => track.mutate(v)} style={{ marginBottom: 12 }}>
        <Form.Item name="no" rules={[{ required: true, message: '请填写受理编号' }]}><Input placeholder="受理编号" /></Form.Item>
        <Form.Item name="phone" rules={[{ required: true, pattern: PHONE, message: '请填写手机号' }]}><Input placeholder="留言时的手机号" maxLength={11} /></Form.Item>
        <Button htmlType="submit" loading={track.isPending}>查询</Button>
      </Form>
      {track.error && <Alert type="error" showIcon title={errorMessage(track.error)} />}
      {track.data && <InquiryView q={track.data} />}
    </>
  );
}

function MyInquiries() {
  const mine = useMyInquiries(true);
  return (
    <Table<Inquiry>
      rowKey="id"
      loading={mine.isPending}
      dataSource={mine.data?.items ?? []}
      expandable={{ expandedRowRender: (q) => <InquiryView q={q} /> }}
      columns={[
        { title: '受理编号', dataIndex: 'trackingNo' },
        { title: '类别', dataIndex: 'kindLabel' },
        { title: '主题', dataIndex: 'subject' },
        { title: '状态', dataIndex: 'stateLabel' },
        { title: '答复期限', dataIndex: 'deadline' },
      ]}
    />
  );
}

export default function InquiryPage() {
  usePageTitle('咨询投诉');
  const me = useMe();
  return (
    <Card title="咨询 · 投诉 · 局长信箱">
      <Tabs
        items={[
          { key: 'send', label: '我要留言', children: <SendForm /> },
          { key: 'track', label: '查询答复', children: <TrackForm /> },
          ...(me.data ? [{ key: 'mine', label: '我的留言', children: <MyInquiries /> }] : []),
        ]}
      />
    </Card>
  );
}
