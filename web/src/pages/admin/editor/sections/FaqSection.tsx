import { Form, Input } from 'antd';
import { ListCard } from '../ListCard.tsx';

/** 常见问题. */
export function FaqSection() {
  return (
    <ListCard
      name="faq"
      title="常见问题"
      itemLabel="问题"
      addText="添加常见问题"
      newItem={() => ({})}
      renderItem={(f) => (
        <>
          <Form.Item label="问题" name={[f.name, 'q']} required>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item label="解答" name={[f.name, 'a']} required>
            <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 10 }} />
          </Form.Item>
        </>
      )}
    />
  );
}
