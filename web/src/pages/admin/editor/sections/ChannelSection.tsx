import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useFacets } from '../../../../api/catalog.ts';
import { codeOptions } from '../../../../labels.ts';
import { WORKFLOW_KEYS } from '../../../../../../server/modules/workflow/keys.ts';

/** 办理方式: visits, online depth and addresses, themes, effective date. */
export function ChannelSection() {
  const themes = useFacets().data?.themes ?? [];
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item label="到办事现场次数" name="visits" required extra="0 = 一次不用跑">
          <InputNumber min={0} max={10} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item label="网上办理深度" name="onlineDepth" required>
          <Select options={codeOptions('onlineDepth')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={24}>
        <Form.Item label="网上办理流程" name="workflow" extra="不选则使用通用审批流程；流程按版本保存，已提交的办件沿用原流程">
          <Select allowClear placeholder="通用审批流程" options={Object.entries(WORKFLOW_KEYS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item label="高频事项" name="highFrequency" valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="电脑端办理地址" name={['onlineUrls', 'pc']}>
          <Input placeholder="https://" maxLength={500} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="移动端办理入口" name={['onlineUrls', 'mobile']}>
          <Input placeholder="如：皖事通 App › 科技服务" maxLength={500} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item label="主题分类" name="themes" extra="输入后回车添加，最多 10 个">
          <Select
            mode="tags"
            tokenSeparators={[',', '，']} placeholder="如：科技企业、科研项目"
            options={themes.map((t) => ({ value: t.name, label: t.name }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="生效日期" name="effectiveDate" required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
