import { Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { RESULT_KIND } from '../../../../labels.ts';
import { ListCard } from '../ListCard.tsx';

const RESULT_KIND_OPTIONS = Object.entries(RESULT_KIND).map(([value, label]) => ({ value, label }));

/** 办理流程, 特别程序 and 审批结果. */
export function ProcessSection() {
  return (
    <>
      <ListCard
        name="process"
        title="办理流程"
        itemLabel="环节"
        addText="添加办理环节"
        newItem={() => ({ description: '' })}
        renderItem={(f) => (
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item label="环节名称" name={[f.name, 'name']} required>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label="办理人/部门" name={[f.name, 'actor']} required>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="环节时限（工作日）" name={[f.name, 'days']}>
                <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label="办理内容与标准" name={[f.name, 'description']} required>
                <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />
      <ListCard
        name="specialProcedures"
        title="特别程序"
        itemLabel="特别程序"
        addText="添加特别程序"
        newItem={() => ({ countsTowardLimit: false })}
        renderItem={(f) => (
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item label="种类" name={[f.name, 'name']} required>
                <Input placeholder="如：专家评审、现场核查" maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="时限" name={[f.name, 'limit']} required>
                <Input placeholder="如：20 个工作日" maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label="计入承诺办结时限" name={[f.name, 'countsTowardLimit']} valuePropName="checked">
                <Switch checkedChildren="计入" unCheckedChildren="不计入" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label="说明" name={[f.name, 'note']}>
                <Input maxLength={1000} />
              </Form.Item>
            </Col>
          </Row>
        )}
      />
      <Typography.Title level={5}>审批结果</Typography.Title>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <Form.Item label="结果名称" name={['result', 'name']} required>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label="结果类型" name={['result', 'kind']} required>
            <Select options={RESULT_KIND_OPTIONS} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="有效期" name={['result', 'validity']}>
            <Input placeholder="如：5 年" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label="送达方式" name={['result', 'delivery']} required>
            <Input placeholder="如：电子证照推送；窗口领取或邮寄送达" maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
