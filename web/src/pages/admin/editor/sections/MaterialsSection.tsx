import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { codeOptions } from '../../../../labels.ts';
import { newMaterial } from '../formModel.ts';
import { ListCard } from '../ListCard.tsx';

const FORMATS = ['PDF', 'JPG', 'PNG', 'OFD', 'DOC', 'DOCX', 'XLS', 'XLSX', 'ZIP'].map((f) => ({ value: f, label: f }));

/** 申请材料: every material field. */
export function MaterialsSection() {
  return (
    <ListCard
      name="materials"
      title="申请材料"
      itemLabel="材料"
      addText="添加申请材料"
      newItem={newMaterial}
      renderItem={(f) => (
        <Row gutter={12}>
          <Col xs={24} md={16}>
            <Form.Item label="材料名称" name={[f.name, 'name']} required>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item label="必要性" name={[f.name, 'required']} valuePropName="checked">
              <Switch checkedChildren="必要" unCheckedChildren="非必要" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item label="受理方式" style={{ marginBottom: 0 }}>
              <Form.Item name={[f.name, 'toleranceAllowed']} valuePropName="checked" style={{ marginBottom: 4 }}>
                <Checkbox>可容缺</Checkbox>
              </Form.Item>
              <Form.Item name={[f.name, 'commitmentAllowed']} valuePropName="checked">
                <Checkbox>可告知承诺</Checkbox>
              </Form.Item>
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="必要性说明" name={[f.name, 'requiredNote']}>
              <Input placeholder="如：仅适用于委托办理的情形" maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="来源" name={[f.name, 'source']} required>
              <Select options={codeOptions('materialSource')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="形式" name={[f.name, 'form']} required>
              <Select options={codeOptions('materialForm')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="电子格式" name={[f.name, 'fileFormats']}>
              <Select mode="tags" options={FORMATS} placeholder="如 PDF" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item label="原件份数" name={[f.name, 'originals']} required>
              <InputNumber min={0} max={99} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item label="复印件份数" name={[f.name, 'copies']} required>
              <InputNumber min={0} max={99} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="空白表格地址" name={[f.name, 'templateUrl']}>
              <Input placeholder="https://" maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="示例样表地址" name={[f.name, 'sampleUrl']}>
              <Input placeholder="https://" maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="材料要求" name={[f.name, 'spec']}>
              <Input.TextArea
                maxLength={1000}
                autoSize={{ minRows: 1, maxRows: 6 }}
                placeholder="填报说明、盖章签字要求等"
              />
            </Form.Item>
          </Col>
        </Row>
      )}
    />
  );
}
