// Renders any item's application form definition with antd, validated field by field with the
// same Zod schemas as the server. Reused wherever a form is filled in: online application,
// 补正, the window desk (帮代办). Fields that say who the applicant is (`locked`) are shown
// read-only and never sent: the server writes them from the identity.
import { LockOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, type FormInstance } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { type ApplicationFormDef, type FieldDef, type FormProblem, type FormValues } from '../../../../../server/modules/catalog/application-form.ts';
import { FieldControl, itemPropsOf } from './fields/FieldControl.tsx';
import { fieldRule } from './fields/rules.ts';
import { TableField } from './fields/TableField.tsx';
import '../cases/cases.css';

export interface DynamicFormProps {
  definition: ApplicationFormDef;
  initialValues?: FormValues;
  /** Display values of the fields taken from the identity (read-only, not submitted). */
  locked?: Record<string, string>;
  /** Where prefilled values came from (shown under the field). */
  sources?: Record<string, 'identity' | 'previous'>;
  onSubmit: (values: FormValues) => void;
  /** Every change the person makes (e.g. to autosave a draft). */
  onChange?: (values: FormValues) => void;
  /** Problems the server found (FORM_INVALID details), shown on their fields. */
  serverProblems?: FormProblem[] | null;
  submitting?: boolean;
  submitLabel?: string;
  submitIcon?: ReactNode;
  /** Buttons beside submit (保存草稿 …). */
  actions?: ReactNode;
  /** Shown between the last section and the buttons (e.g. materials). */
  children?: ReactNode;
  disabled?: boolean;
  testId?: string;
  /** The form instance, when the caller needs the current values (e.g. 保存草稿). */
  form?: FormInstance<FormValues>;
}

const WIDE = new Set(['textarea', 'table', 'checkbox', 'radio', 'address']);

/** A problem's path ('team.0.name') as an antd field name. */
const nameOf = (path: string) => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

function Field({ f, locked, source, disabled }: { f: FieldDef; locked?: string; source?: 'identity' | 'previous'; disabled?: boolean }) {
  if (locked !== undefined) {
    return (
      <Form.Item label={f.label} required={f.required} extra={<span className="small muted"><LockOutlined /> 取自统一身份认证，不可修改</span>}>
        <Input value={locked} readOnly data-field={f.key} data-locked="true" className={f.type === 'creditCode' || f.type === 'idNumber' ? 'mono' : undefined} />
      </Form.Item>
    );
  }
  const extra = source === 'previous' ? '已按您以往的申报预填，请核对' : source === 'identity' ? '已按您的账号信息预填，可修改' : undefined;
  if (f.type === 'table') {
    return (
      <Form.Item label={f.label} required={f.required} tooltip={f.help} extra={extra} className="form-table">
        <TableField f={f} disabled={disabled} />
      </Form.Item>
    );
  }
  return (
    <Form.Item name={f.key} label={f.label} required={f.required} rules={[fieldRule(f)]} tooltip={f.help} extra={extra} {...itemPropsOf(f)}>
      <FieldControl f={f} />
    </Form.Item>
  );
}

export function DynamicForm(props: DynamicFormProps) {
  const { definition, initialValues, locked = {}, sources = {}, onSubmit, onChange, serverProblems, submitting, submitLabel = '提交申请', submitIcon, actions, children, disabled, testId = 'dynamic-form' } = props;
  const [form] = Form.useForm<FormValues>(props.form);

  useEffect(() => {
    if (!serverProblems?.length) return;
    const onFields = serverProblems.filter((p) => p.kind !== 'unknown');
    form.setFields(onFields.map((p) => ({ name: nameOf(p.path), errors: [p.message] })));
    if (onFields[0]) form.scrollToField(nameOf(onFields[0].path), { block: 'center' });
  }, [serverProblems, form]);

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name, { block: 'center' })}
      onValuesChange={(_, all) => onChange?.(all)}
      disabled={disabled || submitting}
      data-testid={testId}
      scrollToFirstError={false}
      // Enter in a field (e.g. confirming a typed date) must not send a long application half-filled:
      // only the submit button submits.
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
      }}
    >
      {definition.sections.map((s) => (
        <Card key={s.title} title={s.title} className="guide-section" size="small" data-testid="form-section">
          {s.description && <p className="muted small">{s.description}</p>}
          <div className="apply-grid">
            {s.fields.map((f) => (
              <div key={f.key} className={WIDE.has(f.type) ? 'apply-wide' : undefined}>
                <Field f={f} locked={locked[f.key]} source={sources[f.key]} disabled={disabled} />
              </div>
            ))}
          </div>
        </Card>
      ))}
      {children}
      <div className="apply-submit">
        {actions}
        <Button type="primary" htmlType="submit" size="large" icon={submitIcon} loading={submitting} data-testid="apply-submit">
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
