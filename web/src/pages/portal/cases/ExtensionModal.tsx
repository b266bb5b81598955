// 延期: working days (within what the item still allows) and a reason, both required.
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { App } from 'antd';
import type { Case } from '../../../api/cases.ts';
import { errorMessage } from '../../../api/client.ts';
import { useExtendCase, useExtensionAllowance } from '../../../api/deadlines.ts';

export function ExtensionModal({ c, onClose }: { c: Case; onClose: () => void }) {
  const allowance = useExtensionAllowance(c.id, true);
  const extend = useExtendCase();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ workingDays: number; reason: string }>();
  const a = allowance.data;
  const max = a?.remainingWorkingDays ?? 0;

  const submit = (v: { workingDays: number; reason: string }) =>
    extend.mutateAsync({ id: c.id, workingDays: v.workingDays, reason: v.reason, expectedVersion: c.version }).then(
      (next) => {
        void message.success(`已延期，承诺办结日：${next.limits.promisedDeadline ?? '待计算'}`);
        onClose();
      },
      () => undefined, // shown below
    );

  return (
    <Modal
      open
      title={`延期 · ${c.caseNo}`}
      okText="确认延期"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: !a?.allowed, loading: extend.isPending }}
      destroyOnHidden
    >
      {a && (
        <p className="muted">
          本事项最多延期 {a.maxTimes} 次、累计 {a.maxWorkingDays} 个工作日；本办件已延期 {a.extensions} 次、{a.extendedWorkingDays} 个工作日。
        </p>
      )}
      {a && !a.allowed && <Alert type="info" showIcon title="本办件不能再延期" style={{ marginBottom: 12 }} />}
      {extend.error && <Alert type="error" showIcon title={errorMessage(extend.error)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} disabled={!a?.allowed}>
        <Form.Item name="workingDays" label="延长工作日数" rules={[{ required: true, message: '请填写延长的工作日数' }]}>
          <InputNumber min={1} max={Math.max(1, max)} precision={0} style={{ width: 160 }} suffix="个工作日" />
        </Form.Item>
        <Form.Item name="reason" label="延期理由" rules={[{ required: true, whitespace: true, min: 2, message: '请填写延期理由' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：需组织专家论证，经审批负责人批准延期" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
