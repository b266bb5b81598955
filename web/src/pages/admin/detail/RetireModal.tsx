import { Form, Input, Modal } from 'antd';

interface Props {
  open: boolean;
  itemName: string;
  loading: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

/** Asks for the reason before an item is retired (停用). */
export function RetireModal({ open, itemName, loading, onCancel, onSubmit }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={`停用事项：${itemName}`}
      okText="确认停用"
      okButtonProps={{ danger: true, loading }}
      cancelText="取消"
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((v) => onSubmit(v.reason.trim()))}
      destroyOnHidden
    >
      <p className="muted">停用后，该事项将不再在门户公开展示，办事指南不可访问。</p>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label="停用原因"
          rules={[
            { required: true, whitespace: true, message: '请填写停用原因' },
            { min: 2, message: '请填写停用原因' },
            { max: 500, message: '停用原因不能超过 500 个字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：依据省政府文件取消该事项" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
