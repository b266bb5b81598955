// 通知模板 (系统管理员): the Chinese SMS and e-mail texts of each notice, with placeholders.
import { App, Button, Card, Collapse, Form, Input, Skeleton } from 'antd';
import { errorMessage } from '../../../api/client.ts';
import { useNoticeTemplates, useSaveTemplate, type NoticeTemplate } from '../../../api/integration.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../../usePageTitle.ts';

const HELP = '可用占位符：{caseNo} 办件编号、{itemName} 事项名称、{applicantName} 申请人、{reason} 理由或意见、{result} 办理结果、{deadline} 期限、{documentName} 文书名称、{link} 链接（评价邀请）';

function TemplateForm({ t }: { t: NoticeTemplate }) {
  const { message } = App.useApp();
  const save = useSaveTemplate();
  const [form] = Form.useForm<NoticeTemplate>();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={t}
      onFinish={(v) => save.mutate({ ...v, kind: t.kind }, { onSuccess: () => void message.success('模板已保存'), onError: (e) => void message.error(errorMessage(e)) })}
    >
      <Form.Item name="label" label="名称" rules={[{ required: true, max: 30 }]}><Input /></Form.Item>
      <Form.Item name="smsText" label="短信正文（含【科政通】签名）" rules={[{ required: true, min: 4, max: 300 }]}>
        <Input.TextArea rows={3} showCount maxLength={300} data-testid={`sms-${t.kind}`} />
      </Form.Item>
      <Form.Item name="emailSubject" label="邮件标题" rules={[{ required: true, min: 2, max: 200 }]}><Input /></Form.Item>
      <Form.Item name="emailBody" label="邮件正文（站内消息同此）" rules={[{ required: true, min: 2, max: 5000 }]}><Input.TextArea rows={6} /></Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid={`save-${t.kind}`}>保存</Button>
    </Form>
  );
}

export default function NoticeTemplatesPage() {
  usePageTitle('通知模板');
  const q = useNoticeTemplates();
  return (
    <>
      <h1 className="section-title">通知模板</h1>
      <Card size="small">
        <p className="muted">{HELP}</p>
        {q.isError ? <ErrorAlert error={q.error} onRetry={() => void q.refetch()} /> : q.isPending ? <Skeleton active /> : (
          <Collapse items={q.data.items.map((t) => ({ key: t.kind, label: `${t.label}（${t.kind}）`, children: <TemplateForm t={t} /> }))} />
        )}
      </Card>
    </>
  );
}
