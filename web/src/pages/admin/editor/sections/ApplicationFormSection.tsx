// 申请表: the item's application form definition, edited as JSON and checked with the same
// schema as the server (applicationFormSchema); a preview shows how applicants will see it.
import { Alert, Form, Input, Segmented } from 'antd';
import { useState } from 'react';
import { applicationFormSchema, FIELD_TYPES, PREFILL_SOURCES } from '../../../../../../server/modules/catalog/application-form.ts';
import { applicationFormOf } from '../../../../../../server/modules/catalog/forms/default.ts';
import { DynamicForm } from '../../../portal/apply/DynamicForm.tsx';

/** The JSON typed in, as a definition, or the first problem with it (empty = the generic form). */
export function parseFormJson(text: string | undefined): { value?: unknown; problem?: string } {
  if (!text?.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { problem: `不是有效的 JSON：${(err as Error).message}` };
  }
  const r = applicationFormSchema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return { value, problem: `${i.path.length ? `${i.path.join('.')}：` : ''}${i.message}` };
  }
  return { value: r.data };
}

export function ApplicationFormSection() {
  const [view, setView] = useState<'json' | 'preview'>('json');
  const text = Form.useWatch<string | undefined>('applicationFormJson');
  const parsed = parseFormJson(text);
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="申请表定义（JSON）。留空则使用通用申请表（联系信息与申请事项说明）。"
        description={
          <span className="small">
            字段类型：{Object.entries(FIELD_TYPES).map(([k, v]) => `${k}（${v}）`).join('、')}。预填来源 prefill：
            {Object.entries(PREFILL_SOURCES).map(([k, v]) => `${k}（${v.label}${v.locked ? '，不可修改' : ''}）`).join('、')}。
          </span>
        }
      />
      <Segmented value={view} onChange={(v) => setView(v as 'json' | 'preview')} options={[{ value: 'json', label: '编辑 JSON' }, { value: 'preview', label: '预览' }]} style={{ marginBottom: 12 }} />
      <div style={{ display: view === 'json' ? undefined : 'none' }}>
        <Form.Item
          name="applicationFormJson"
          label="申请表定义"
          rules={[{ validator: async (_, v: string | undefined) => { const p = parseFormJson(v).problem; if (p) throw new Error(p); } }]}
        >
          <Input.TextArea autoSize={{ minRows: 12, maxRows: 40 }} className="mono" spellCheck={false} data-testid="application-form-json" />
        </Form.Item>
      </div>
      {view === 'preview' && (parsed.problem ? <Alert type="error" showIcon title={parsed.problem} /> : (
        <DynamicForm definition={applicationFormOf({ applicationForm: parsed.value as never })} onSubmit={() => undefined} disabled submitLabel="提交申请（预览）" testId="application-form-preview" />
      ))}
    </>
  );
}
