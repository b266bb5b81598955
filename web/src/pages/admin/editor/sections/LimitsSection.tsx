import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { codeOptions } from '../../../../labels.ts';
import { ListCard } from '../ListCard.tsx';

/** 时限与收费. */
export function LimitsSection() {
  const noLimit = Form.useWatch('noStatutoryLimit') as boolean | undefined;
  const charged = Form.useWatch(['fee', 'charged']) as boolean | undefined;
  return (
    <>
      <Form.Item name="noStatutoryLimit" valuePropName="checked">
        <Checkbox>本事项无法定办结时限</Checkbox>
      </Form.Item>
      {!noLimit && (
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item label="法定时限" name={['statutoryLimit', 'value']} required>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="时限单位" name={['statutoryLimit', 'unit']} required>
              <Select options={codeOptions('limitUnit')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="折算工作日"
              name="statutoryDays"
              required
              extra="单位为工作日时自动填写；其他单位请按规定折算"
            >
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="法定时限说明" name={['statutoryLimit', 'note']}>
              <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label="承诺办结时限（工作日）" name="promisedDays" required extra="0 表示即办">
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="承诺时限说明" name="promisedNote">
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="是否收费" name={['fee', 'charged']} valuePropName="checked">
        <Switch checkedChildren="收费" unCheckedChildren="不收费" />
      </Form.Item>
      {charged && (
        <>
          <Form.Item label="收费依据" name={['fee', 'basis']}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <ListCard
            name={['fee', 'items']}
            title="收费项目"
            itemLabel="收费项目"
            addText="添加收费项目"
            newItem={() => ({})}
            renderItem={(f) => (
              <Row gutter={12}>
                <Col xs={24} md={10}>
                  <Form.Item label="项目名称" name={[f.name, 'name']} required>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={14}>
                  <Form.Item label="收费标准" name={[f.name, 'standard']} required>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
            )}
          />
        </>
      )}
    </>
  );
}
