// Asks for the opinion/reason an action needs (退回补正, 不予受理, 不予许可, 专家意见 …).
import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import type { CaseAction } from '../../../api/cases.ts';

interface Props {
  action: CaseAction | null;
  caseNo: string;
  pending: boolean;
  /** A message from the server about the opinion (GUARD_FAILED), shown under the field. */
  serverError: string | null;
  onSubmit: (opinion: string) => void;
  onCancel: () => void;
}

export const reasonLabel = (key: string) => (key === 'request_correction' ? '补正要求（一次性告知，请逐项列明）' : '意见/理由');

export function ReasonModal({ action, caseNo, pending, serverError, onSubmit, onCancel }: Props) {
  const [form] = Form.useForm<{ opinion: string }>();
  useEffect(() => {
    if (action) form.resetFields();
  }, [action, form]);
  useEffect(() => {
    if (serverError) form.setFields([{ name: 'opinion', errors: [serverError] }]);
  }, [serverError, form]);

  return (
    <Modal
      open={!!action}
      title={action ? `${action.label}（${caseNo}）` : ''}
      okText={action?.label ?? '确定'}
      cancelText="取消"
      confirmLoading={pending}
      onOk={() => void form.validateFields().then((v) => onSubmit(v.opinion.trim()), () => undefined)}
      onCancel={onCancel}
    >
      <Form form={form} layout="vertical" data-testid="reason-form">
        <Form.Item
          name="opinion"
          label={action ? reasonLabel(action.key) : '意见/理由'}
          rules={[
            { required: true, whitespace: true, message: '请填写理由或意见' },
            { min: 2, message: '请至少填写 2 个字' },
            { max: 2000, message: '不超过 2000 字' },
          ]}
        >
          <Input.TextArea rows={6} showCount maxLength={2000} data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
