import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { codeOptions } from '../../../../labels.ts';

/** 基本信息: codes, name, classification, implementing body. */
export function BasicSection({ isNew }: { isNew: boolean }) {
  const form = Form.useFormInstance();
  const composeCode = () => {
    const credit = String(form.getFieldValue(['department', 'creditCode']) ?? '').trim();
    const level = String(form.getFieldValue('level') ?? '');
    const basic = String(form.getFieldValue('basicCode') ?? '').trim();
    form.setFieldValue('code', `${credit}${level}${basic}`);
  };
  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
        <Form.Item
          label="实施编码"
          required
          tooltip="31 位：实施主体统一社会信用代码(18) + 行使层级(1) + 基本编码(12)"
          extra={
            isNew
              ? '填写基本编码、行使层级和实施主体信用代码后可自动生成'
              : '实施编码及其组成部分（信用代码、行使层级、基本编码）创建后不可修改'
          }
        >
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="code" noStyle>
              <Input disabled={!isNew} maxLength={31} placeholder="31 位实施编码" />
            </Form.Item>
            {isNew && <Button onClick={composeCode}>自动生成</Button>}
          </Space.Compact>
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="基本编码" name="basicCode" required>
          <Input maxLength={12} placeholder="12 位数字或大写字母" disabled={!isNew} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label="事项名称" name="name" required>
          <Input maxLength={100} showCount />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="事项类型" name="type" required>
          <Select options={codeOptions('itemType')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="权力来源" name="powerSource" required>
          <Select options={codeOptions('powerSource')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="办件类型" name="caseType" required>
          <Select options={codeOptions('caseType')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="行使层级" name="level" required>
          <Select options={codeOptions('level')} disabled={!isNew} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item label="服务对象" name="audiences" required>
          <Select mode="multiple" options={codeOptions('audience')} placeholder="可多选" />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item label="实施主体名称" name={['department', 'name']} required>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="实施主体统一社会信用代码" name={['department', 'creditCode']} required>
          <Input maxLength={18} placeholder="18 位" disabled={!isNew} />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item label="实施主体性质" name={['department', 'nature']} required>
          <Select options={codeOptions('bodyNature')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="承办处室" name="office" required>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label="事项简介" name="shortDescription">
          <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
