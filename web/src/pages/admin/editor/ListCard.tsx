import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Space, Typography } from 'antd';
import type { FormListFieldData } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  name: string | (string | number)[];
  /** Shown above the list and as "<itemLabel> N" on each entry. */
  title: string;
  itemLabel: string;
  addText: string;
  newItem: () => unknown;
  renderItem: (field: FormListFieldData) => ReactNode;
  extra?: ReactNode;
}

/** A Form.List with numbered, reorderable, removable entries and list-level errors. */
export function ListCard({ name, title, itemLabel, addText, newItem, renderItem, extra }: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }, { errors }) => (
        <div style={{ marginBottom: 16 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {title}
            <span className="muted small" style={{ fontWeight: 400, marginLeft: 8 }}>
              共 {fields.length} 项
            </span>
          </Typography.Title>
          {extra}
          {fields.map((field, index) => (
            <div key={field.key} className="editor-list-item">
              <div style={{ display: 'flex', alignItems: 'center', marginBottom: 8 }}>
                <strong style={{ marginRight: 'auto' }}>
                  {itemLabel} {index + 1}
                </strong>
                <Space size={0}>
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowUpOutlined />}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                    aria-label="上移"
                  />
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowDownOutlined />}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                    aria-label="下移"
                  />
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label="删除"
                  />
                </Space>
              </div>
              {renderItem(field)}
            </div>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(newItem())}>
            {addText}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
