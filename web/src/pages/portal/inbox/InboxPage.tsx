// 我的消息: the notices sent to the applicant (the same as by SMS and e-mail), and the choice
// of channels.
import { App, Badge, Button, Card, Checkbox, Form, Input, List, Pagination, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { errorMessage } from '../../../api/client.ts';
import { useInbox, useMarkRead, useNoticePreferences, useSavePreferences, type NoticePreferences } from '../../../api/integration.ts';
import { useMe } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../components/SignInRequired.tsx';
import { formatDateTime } from '../../../format.ts';
import { usePageTitle } from '../../../usePageTitle.ts';

function Preferences() {
  const { message } = App.useApp();
  const prefs = useNoticePreferences(true);
  const save = useSavePreferences();
  const [form] = Form.useForm<Omit<NoticePreferences, 'mobileMasked'>>();
  const email = Form.useWatch('email', form);
  if (prefs.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (prefs.isError) return <ErrorAlert error={prefs.error} onRetry={() => void prefs.refetch()} />;
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={prefs.data}
      onFinish={(v) => save.mutate({ sms: v.sms, email: v.email, emailAddress: v.emailAddress || null }, { onSuccess: () => void message.success('通知方式已保存'), onError: (e) => void message.error(errorMessage(e)) })}
    >
      <Form.Item name="sms" valuePropName="checked">
        <Checkbox data-testid="pref-sms">短信{prefs.data.mobileMasked ? `（${prefs.data.mobileMasked}）` : '（未登记手机号）'}</Checkbox>
      </Form.Item>
      <Form.Item name="email" valuePropName="checked"><Checkbox data-testid="pref-email">电子邮件</Checkbox></Form.Item>
      {email && (
        <Form.Item name="emailAddress" rules={[{ required: true, type: 'email', message: '请填写有效的邮箱地址' }]}>
          <Input placeholder="邮箱地址" style={{ width: 220 }} data-testid="pref-email-address" />
        </Form.Item>
      )}
      <Button htmlType="submit" loading={save.isPending} data-testid="pref-save">保存</Button>
    </Form>
  );
}

export default function InboxPage() {
  usePageTitle('我的消息');
  const location = useLocation();
  const me = useMe();
  const [page, setPage] = useState(1);
  const inbox = useInbox(page, !!me.data);
  const read = useMarkRead();
  if (me.isPending) return <Skeleton active />;
  if (!me.data) return <SignInRequired subTitle="登录后可以查看办件通知。" returnTo={location.pathname} />;
  return (
    <>
      <h1 className="section-title">我的消息 {inbox.data ? <Badge count={inbox.data.unread} /> : null}</h1>
      <Card size="small" title="通知方式" style={{ marginBottom: 16 }}>
        <p className="muted">站内消息始终保留；另可选择短信、电子邮件通知（办件补正、受理、不予受理、办结、文书生成、容缺材料补交期限）。</p>
        <Preferences />
      </Card>
      <Card size="small">
        {inbox.isError ? <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} /> : (
          <>
            <List
              loading={inbox.isPending}
              dataSource={inbox.data?.items ?? []}
              locale={{ emptyText: '暂无消息' }}
              renderItem={(n) => (
                <List.Item
                  data-testid={`notice-${n.id}`}
                  actions={[
                    n.caseId ? <Link key="c" to={`/me/cases/${n.caseId}`}>查看办件</Link> : null,
                    !n.read ? <Button key="r" size="small" type="link" onClick={() => read.mutate(n.id)}>标为已读</Button> : null,
                  ].filter(Boolean)}
                >
                  <List.Item.Meta
                    title={<Space>{!n.read && <Tag color="red">未读</Tag>}{n.title}</Space>}
                    description={<><div className="guide-pre">{n.body}</div><div className="muted">{formatDateTime(n.createdAt)}</div></>}
                  />
                </List.Item>
              )}
            />
            {(inbox.data?.total ?? 0) > 20 && <Pagination current={page} pageSize={20} total={inbox.data?.total} onChange={setPage} showSizeChanger={false} />}
          </>
        )}
      </Card>
    </>
  );
}
