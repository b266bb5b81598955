// The 好差评 form shared by the case page and the QR page: the five national levels, the
// indicators of the channel (online or on site), tags and a comment — a reason is required
// below 基本满意, as the server requires.
import { Button, Checkbox, Form, Input, Radio, Rate, Space, Tag } from 'antd';
import { useState } from 'react';
import { BAD_TAGS, GOOD_TAGS, isBadRating, RATING_LEVEL_LABELS, RATING_LEVELS, type RatingTag } from '../../../../server/modules/feedback/levels.ts';

export interface RatingValues {
  level: number;
  indicators: Record<string, number>;
  tags: RatingTag[];
  comment?: string;
  anonymous: boolean;
}

interface Props {
  indicators: Record<string, string>;
  submitting: boolean;
  onSubmit: (values: RatingValues) => void;
  /** Extra fields (e.g. name and phone on the QR page). */
  children?: React.ReactNode;
}

export function RatingForm({ indicators, submitting, onSubmit, children }: Props) {
  const [form] = Form.useForm();
  const [tags, setTags] = useState<RatingTag[]>([]);
  const level = Form.useWatch('level', form) as number | undefined;
  const bad = level !== undefined && isBadRating(level);
  const offered = bad ? BAD_TAGS : GOOD_TAGS;
  const toggle = (tag: RatingTag, on: boolean) => setTags((t) => (on ? [...t, tag] : t.filter((x) => x !== tag)));

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ anonymous: false }}
      onFinish={(v: { level: number; comment?: string; anonymous: boolean } & Record<string, number | undefined>) => {
        const ind = Object.fromEntries(Object.keys(indicators).flatMap((k) => (v[`ind_${k}`] ? [[k, v[`ind_${k}`] as number]] : [])));
        onSubmit({ level: v.level, indicators: ind, tags: tags.filter((t) => (offered as readonly RatingTag[]).includes(t)), comment: v.comment?.trim() || undefined, anonymous: v.anonymous });
      }}
    >
      <Form.Item name="level" label="总体评价" rules={[{ required: true, message: '请选择满意程度' }]}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="rating-level">
          {RATING_LEVELS.map((l) => (
            <Radio.Button key={l} value={l}><span data-testid={`rating-level-${l}`}>{RATING_LEVEL_LABELS[l]}</span></Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {Object.entries(indicators).map(([key, label]) => (
        <Form.Item key={key} name={`ind_${key}`} label={label} style={{ marginBottom: 8 }}>
          <Rate />
        </Form.Item>
      ))}
      {level !== undefined && (
        <Form.Item label={bad ? '不满意的原因（请至少选择一项或填写意见）' : '评价标签'}>
          <Space wrap>
            {offered.map((t) => (
              <Tag.CheckableTag key={t} checked={tags.includes(t)} onChange={(on) => toggle(t, on)} data-testid={`rating-tag-${t}`}>{t}</Tag.CheckableTag>
            ))}
          </Space>
        </Form.Item>
      )}
      <Form.Item
        name="comment"
        label="意见建议"
        dependencies={['level']}
        rules={[{
          validator: (_, value: string | undefined) =>
            bad && !value?.trim() && !tags.some((t) => (BAD_TAGS as readonly string[]).includes(t)) ? Promise.reject(new Error('评价为“不满意”或“非常不满意”时，请选择原因或填写意见')) : Promise.resolve(),
        }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="请写下您的意见，我们会认真改进" data-testid="rating-comment" />
      </Form.Item>
      {children}
      <Form.Item name="anonymous" valuePropName="checked" extra="匿名评价计入统计，但不会有工作人员回访整改。">
        <Checkbox>匿名评价</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting} block data-testid="rating-submit">提交评价</Button>
    </Form>
  );
}
