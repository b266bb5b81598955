// The input control of one scalar field type (the Form.Item around it is the caller's).
import { Checkbox, DatePicker, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ColumnDef, FieldDef } from '../../../../../../server/modules/catalog/application-form.ts';

/** Form.Item props that keep dates as 'YYYY-MM-DD' strings in the form (as the server stores them). */
export const dateItemProps = {
  getValueProps: (v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined),
};

/** Form.Item props per type (checked boxes, dates). */
export function itemPropsOf(f: FieldDef | ColumnDef) {
  if (f.type === 'date') return dateItemProps;
  if (f.type === 'checkbox' && !f.options?.length) return { valuePropName: 'checked' };
  return {};
}

/**
 * `bound` is what the surrounding Form.Item injects (id, value, onChange, checked …): passed
 * on to the antd control so the form store and the label's htmlFor reach it.
 */
export function FieldControl({ f, ...bound }: { f: FieldDef | ColumnDef } & Record<string, unknown>) {
  const options = f.options?.map((o) => ({ value: o.value, label: o.label })) ?? [];
  const common = { placeholder: f.placeholder, 'data-field': f.key, ...bound };
  switch (f.type) {
    case 'textarea':
      return <Input.TextArea {...common} rows={4} showCount={!!f.maxLength} maxLength={f.maxLength ?? 5000} />;
    case 'number':
    case 'money':
      return (
        <InputNumber
          {...common}
          style={{ width: '100%' }}
          min={f.min}
          max={f.max}
          precision={f.type === 'money' ? 2 : f.integer ? 0 : undefined}
          suffix={f.unit ?? (f.type === 'money' ? '元' : undefined)}
        />
      );
    case 'date':
      return <DatePicker {...common} style={{ width: '100%' }} placeholder={f.placeholder ?? '选择日期'} />;
    case 'select':
      return <Select {...common} options={options} allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={f.placeholder ?? '请选择'} />;
    case 'radio':
      return <Radio.Group {...common} options={options} />;
    case 'checkbox':
      return options.length ? <Checkbox.Group {...common} options={options} /> : <Checkbox {...common}>我已阅读并确认</Checkbox>;
    case 'phone':
      return <Input {...common} inputMode="tel" maxLength={20} autoComplete="tel" />;
    case 'email':
      return <Input {...common} inputMode="email" maxLength={100} autoComplete="email" />;
    case 'creditCode':
      return <Input {...common} maxLength={18} className="mono" />;
    case 'idNumber':
      return <Input {...common} maxLength={18} className="mono" />;
    case 'address':
      return <Input {...common} maxLength={f.maxLength ?? 200} autoComplete="street-address" />;
    default:
      return <Input {...common} maxLength={f.maxLength ?? 200} />;
  }
}
