// A table field: rows of sub-fields, added and removed by the applicant (Form.List).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form } from 'antd';
import type { FieldDef } from '../../../../../../server/modules/catalog/application-form.ts';
import { FieldControl, itemPropsOf } from './FieldControl.tsx';
import { fieldRule, tableRule } from './rules.ts';

export function TableField({ f, disabled }: { f: FieldDef; disabled?: boolean }) {
  const columns = f.columns ?? [];
  const max = f.maxRows ?? 200;
  return (
    <Form.List name={f.key} rules={[tableRule(f)]}>
      {(rows, { add, remove }, { errors }) => (
        <div data-testid={`table-${f.key}`}>
          {rows.map((row, i) => (
            <Card
              key={row.key}
              size="small"
              className="form-table-row"
              title={`第 ${i + 1} 行`}
              extra={!disabled && <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={`删除第 ${i + 1} 行`} />}
            >
              <div className="apply-grid">
                {columns.map((c) => (
                  <Form.Item key={c.key} name={[row.name, c.key]} label={c.label} required={c.required} rules={[fieldRule(c)]} tooltip={c.help} {...itemPropsOf(c)}>
                    <FieldControl f={c} />
                  </Form.Item>
                ))}
              </div>
            </Card>
          ))}
          {!disabled && rows.length < max && (
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} data-testid={`add-row-${f.key}`}>
              添加一行
            </Button>
          )}
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
