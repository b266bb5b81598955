// Asks why a message is discarded (the reason goes on record).
import { Form, Input, Modal } from 'antd';
import type { OutboxMessage } from '../../../api/integration.ts';

interface Props {
  message: OutboxMessage | null;
  pending: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

export function DiscardModal({ message, pending, onSubmit, onCancel }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={message !== null}
      title={`作废消息 #${message?.id ?? ''}`}
      okText="作废"
      okButtonProps={{ danger: true, loading: pending }}
      onOk={() => void form.validateFields().then((v) => onSubmit(v.reason))}
      onCancel={onCancel}
      destroyOnHidden
    >
      <p className="muted">作废后该消息不再投递（同一办件后续的消息将继续投递）。请说明理由，理由将记入审计日志。</p>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label="作废理由" rules={[{ required: true, min: 2, max: 500, message: '请填写 2–500 字的理由' }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="discard-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
