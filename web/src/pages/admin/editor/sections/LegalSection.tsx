import { Col, Form, Input, Row } from 'antd';
import { ListCard } from '../ListCard.tsx';

/** 设定依据 and 受理条件. */
export function LegalSection() {
  return (
    <>
      <ListCard
        name="legalBasis"
        title="设定依据"
        itemLabel="依据"
        addText="添加设定依据"
        newItem={() => ({})}
        renderItem={(f) => (
          <Row gutter={12}>
            <Col xs={24} md={14}>
              <Form.Item label="法律法规名称" name={[f.name, 'title']} required>
                <Input placeholder="如：《实验动物管理条例》" maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label="文号" name={[f.name, 'docNo']}>
                <Input placeholder="如：国务院令第 2 号" maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label="条款内容" name={[f.name, 'article']}>
                <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />
      <ListCard
        name="conditions"
        title="受理条件"
        itemLabel="条件"
        addText="添加受理条件"
        newItem={() => ''}
        renderItem={(f) => (
          <Form.Item name={f.name}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 6 }} aria-label="受理条件" />
          </Form.Item>
        )}
      />
    </>
  );
}
