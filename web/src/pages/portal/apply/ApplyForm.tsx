// The application form: contact details and what is applied for; submitted once per form
// instance (one idempotency key, reused on retries and double clicks).
import { SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input } from 'antd';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { newIdempotencyKey, useSubmitCase, type ApplicationForm, type Case } from '../../../api/cases.ts';
import { errorMessage } from '../../../api/client.ts';
import type { Me } from '../../../api/session.ts';
import { ApplicantInfo } from './ApplicantInfo.tsx';
import '../cases/cases.css';

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Someone else submitting the form (the window desk, 帮代办): who applies is shown by
 * `applicantInfo`, `submit` sends it, `onSubmitted` takes over afterwards.
 */
export interface SubmitOnBehalf {
  applicantInfo: ReactNode;
  contactName: string;
  submit: (form: ApplicationForm, idempotencyKey: string) => Promise<Case>;
  onSubmitted: (c: Case) => void;
}

/** `children` are shown between the form and its submit button (e.g. the materials list). */
export function ApplyForm({ me, itemCode, children, onBehalf }: { me?: Me; itemCode: string; children?: ReactNode; onBehalf?: SubmitOnBehalf }) {
  const [form] = Form.useForm<ApplicationForm>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const own = useSubmitCase();
  const [behalfPending, setBehalfPending] = useState(false);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const pending = own.isPending || behalfPending;

  const onFinish = (values: ApplicationForm) => {
    const trimmed: ApplicationForm = {
      contactName: values.contactName.trim(),
      contactPhone: values.contactPhone.trim(),
      address: values.address.trim(),
      description: values.description.trim(),
    };
    if (onBehalf) {
      setBehalfPending(true);
      onBehalf
        .submit(trimmed, idempotencyKey)
        .then(onBehalf.onSubmitted, (err: unknown) => void message.error(errorMessage(err)))
        .finally(() => setBehalfPending(false));
      return;
    }
    own.mutate(
      { itemCode, form: trimmed, idempotencyKey },
      {
        onSuccess: (c) => {
          void message.success(`申请已提交，办件编号：${c.caseNo}`);
          void navigate(`/me/cases/${encodeURIComponent(c.id)}`);
        },
        onError: (err) => void message.error(errorMessage(err)),
      },
    );
  };

  return (
    <Form<ApplicationForm>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ contactName: onBehalf?.contactName ?? me?.name ?? '', contactPhone: '', address: '', description: '' }}
      data-testid="apply-form"
      disabled={pending}
    >
      <Card title="申请人信息" className="guide-section" size="small">
        {onBehalf ? onBehalf.applicantInfo : me && <ApplicantInfo me={me} />}
        <div className="apply-grid">
          <Form.Item name="contactName" label="联系人" rules={[{ required: true, whitespace: true, message: '请填写联系人' }, { max: 50, message: '联系人不超过 50 个字' }]}>
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label="联系电话"
            rules={[
              { required: true, message: '请填写联系电话' },
              { pattern: MOBILE, message: '请填写 11 位手机号码' },
            ]}
          >
            <Input inputMode="numeric" maxLength={11} autoComplete="tel" />
          </Form.Item>
        </div>
        <Form.Item name="address" label="通讯地址" rules={[{ required: true, whitespace: true, message: '请填写通讯地址' }, { max: 200, message: '通讯地址不超过 200 个字' }]}>
          <Input autoComplete="street-address" />
        </Form.Item>
      </Card>
      <Card title="申请内容" className="guide-section" size="small">
        <Form.Item
          name="description"
          label="申请事项说明"
          rules={[{ required: true, whitespace: true, message: '请填写申请事项说明' }, { max: 2000, message: '申请事项说明不超过 2000 字' }]}
        >
          <Input.TextArea rows={6} showCount maxLength={2000} placeholder="请说明申请的具体内容、理由等" />
        </Form.Item>
      </Card>
      {children}
      <div className="apply-submit">
        <Button type="primary" htmlType="submit" size="large" icon={<SendOutlined />} loading={pending} data-testid="apply-submit">
          提交申请
        </Button>
      </div>
    </Form>
  );
}
