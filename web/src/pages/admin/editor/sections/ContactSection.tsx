import { Col, Form, Input, Row } from 'antd';
import type { FormListFieldData } from 'antd';
import { ListCard } from '../ListCard.tsx';

const channelFields = (kindPlaceholder: string) => (f: FormListFieldData) => (
  <Row gutter={12}>
    <Col xs={24} md={8}>
      <Form.Item label="方式" name={[f.name, 'kind']} required>
        <Input placeholder={kindPlaceholder} maxLength={20} />
      </Form.Item>
    </Col>
    <Col xs={24} md={16}>
      <Form.Item label="内容" name={[f.name, 'value']} required>
        <Input placeholder="电话号码、网址、地址等" maxLength={300} />
      </Form.Item>
    </Col>
  </Row>
);

/** 办理窗口, 咨询方式 and 监督投诉. */
export function ContactSection() {
  return (
    <>
      <ListCard
        name="windows"
        title="办理窗口"
        itemLabel="窗口"
        addText="添加办理窗口"
        newItem={() => ({})}
        renderItem={(f) => (
          <Row gutter={12}>
            <Col xs={24} md={10}>
              <Form.Item label="窗口名称" name={[f.name, 'name']} required>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              <Form.Item label="办理地点" name={[f.name, 'address']} required>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              <Form.Item label="办理时间" name={[f.name, 'hours']} required>
                <Input placeholder="如：工作日 9:00-12:00，13:30-17:00" maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label="联系电话" name={[f.name, 'phone']} required>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />
      <ListCard
        name="consultation"
        title="咨询方式"
        itemLabel="咨询方式"
        addText="添加咨询方式"
        newItem={() => ({})}
        renderItem={channelFields('如：电话咨询、网上咨询')}
      />
      <ListCard
        name="complaint"
        title="监督投诉"
        itemLabel="投诉方式"
        addText="添加投诉方式"
        newItem={() => ({})}
        renderItem={channelFields('如：投诉电话、12345 热线')}
      />
    </>
  );
}
