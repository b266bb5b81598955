// Add or change an expert profile. A new profile is for a staff member who already holds the
// expert role (granted under 工作人员与角色) and has no profile yet.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Switch } from 'antd';
import { EXPERT_CATEGORIES, EXPERT_CATEGORY_LABELS } from '../../../../../server/modules/experts/categories.ts';
import { errorMessage } from '../../../api/client.ts';
import { useExpertPoolMutations, type Expert, type ExpertProfile } from '../../../api/experts.ts';
import { useStaffList } from '../../../api/staff.ts';

interface Values {
  personId?: string;
  category: Expert['category'];
  fields: string[];
  unitName: string;
  unitCreditCode?: string;
  relations: Array<{ name: string; creditCode?: string; note?: string }>;
  active: boolean;
}

export function ExpertFormModal({ open, editing, pool, onClose }: { open: boolean; editing: Expert | null; pool: Expert[]; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { create, update } = useExpertPoolMutations();
  const staff = useStaffList({ page: 1, pageSize: 100 });
  const inPool = new Set(pool.map((e) => e.personId));
  const options = (staff.data?.items ?? [])
    .filter((s) => s.roles.some((r) => r.role === 'expert') && !inPool.has(s.personId))
    .map((s) => ({ value: s.personId, label: `${s.name}（${s.staffNo}）` }));
  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  const submit = (v: Values) => {
    const profile: ExpertProfile = {
      category: v.category,
      fields: v.fields ?? [],
      unitName: v.unitName,
      unitCreditCode: v.unitCreditCode?.trim() || null,
      relations: (v.relations ?? []).map((r) => ({ name: r.name, creditCode: r.creditCode?.trim() || null, ...(r.note ? { note: r.note } : {}) })),
      active: v.active,
    };
    const done = () => {
      void message.success('已保存');
      onClose();
    };
    if (editing) update.mutate({ personId: editing.personId, profile }, { onSuccess: done });
    else create.mutate({ ...profile, personId: v.personId! }, { onSuccess: done });
  };

  return (
    <Modal title={editing ? `编辑专家：${editing.name}` : '新增专家'} open={open} onCancel={onClose} onOk={() => form.submit()} okText="保存" okButtonProps={{ loading: pending }} width={640} destroyOnHidden>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(error)} />}
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="expert-form"
        onFinish={submit}
        initialValues={
          editing
            ? { ...editing, unitCreditCode: editing.unitCreditCode ?? undefined, relations: editing.relations.map((r) => ({ name: r.name, creditCode: r.creditCode ?? undefined, note: r.note })) }
            : { category: 'technical', fields: [], relations: [], active: true }
        }
      >
        {!editing && (
          <Form.Item name="personId" label="工作人员（须已授予专家角色）" rules={[{ required: true, message: '请选择工作人员' }]}>
            <Select options={options} loading={staff.isPending} showSearch optionFilterProp="label" notFoundContent="没有尚未建档的专家角色人员" />
          </Form.Item>
        )}
        <Form.Item name="category" label="专家类别" rules={[{ required: true }]}>
          <Select options={EXPERT_CATEGORIES.map((c) => ({ value: c, label: EXPERT_CATEGORY_LABELS[c] }))} />
        </Form.Item>
        <Form.Item name="fields" label="专业领域">
          <Select mode="tags" maxCount={10} placeholder="输入后回车" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="unitName" label="所在单位" rules={[{ required: true, message: '请填写所在单位' }]} style={{ flex: 1 }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="unitCreditCode" label="单位统一社会信用代码" style={{ flex: 1 }}>
            <Input maxLength={18} className="mono" />
          </Form.Item>
        </Space.Compact>
        <Form.List name="relations">
          {(fields, { add, remove }) => (
            <Form.Item label="申报的利害关系单位（不得评审其申请）">
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '单位名称' }]}>
                    <Input placeholder="单位名称" maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'creditCode']}>
                    <Input placeholder="统一社会信用代码" maxLength={18} className="mono" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'note']}>
                    <Input placeholder="关系说明" maxLength={200} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                添加利害关系单位
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="active" label="启用（可被抽取和指派）" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
