// 新增 / 编辑工作人员: identity fields when adding (ID number checked as the server checks it),
// office, 在岗 and roles with data scopes. Server refusals are shown with their Chinese message.
import { Alert, App, Descriptions, Form, Input, Modal, Switch } from 'antd';
import { idCardSchema } from '../../../../../server/lib/codes/zod.ts';
import { useItemOptions, useStaffMutations, type RoleGrant, type StaffMember } from '../../../api/staff.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { RolesField } from './RolesField.tsx';
import { cleanScope } from './scope.ts';

/** Mount one per opening (a new `key`), so nothing of a previous opening is carried over. */
interface Props {
  open: boolean;
  /** The member being edited; null to add one. */
  editing: StaffMember | null;
  onClose: () => void;
}

interface Values {
  idNumber?: string;
  name?: string;
  mobile?: string;
  staffNo?: string;
  office: string;
  active?: boolean;
  roles?: RoleGrant[];
}

const idCardRule = {
  validator: async (_: unknown, value: string | undefined) => {
    if (!value) return;
    const result = idCardSchema.safeParse(value);
    if (!result.success) throw new Error(result.error.issues[0]?.message ?? '身份证号格式不正确');
  },
};

const cleanRoles = (roles: RoleGrant[] = []) => roles.map((g) => ({ role: g.role, scope: cleanScope(g.scope) }));

export function StaffFormModal({ open, editing, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { create, update } = useStaffMutations();
  const items = useItemOptions(open);
  const active = Form.useWatch('active', form);
  const mutation = editing ? update : create;

  const initialValues: Values = editing
    ? { office: editing.office, active: editing.active, roles: editing.roles }
    : { office: '', roles: [] };

  const submit = async (v: Values) => {
    const roles = cleanRoles(v.roles);
    try {
      if (editing) {
        await update.mutateAsync({ personId: editing.personId, change: { office: v.office.trim(), active: !!v.active, roles } });
        void message.success(`已保存「${editing.name}」的信息`);
      } else {
        const created = await create.mutateAsync({
          idNumber: idCardSchema.parse(v.idNumber),
          name: (v.name ?? '').trim(),
          mobile: v.mobile?.trim() || undefined,
          staffNo: (v.staffNo ?? '').trim(),
          office: v.office.trim(),
          roles,
        });
        void message.success(`已新增工作人员「${created.name}」`);
      }
      onClose();
    } catch {
      // Shown in the dialog (mutation.error).
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? `编辑工作人员：${editing.name}` : '新增工作人员'}
      width={760}
      okText="保存"
      cancelText="取消"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'staff-form-save' }}
      destroyOnHidden
    >
      <div data-testid="staff-form">
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <Form<Values> form={form} name="staff" layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)}>
          {editing ? (
            <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
              <Descriptions.Item label="姓名">{editing.name}</Descriptions.Item>
              <Descriptions.Item label="工号">{editing.staffNo}</Descriptions.Item>
              <Descriptions.Item label="身份证号">{editing.idNumberMasked}</Descriptions.Item>
              <Descriptions.Item label="手机">{editing.mobileMasked || '—'}</Descriptions.Item>
            </Descriptions>
          ) : (
            <div className="staff-form-grid">
              <Form.Item label="身份证号" name="idNumber" validateFirst rules={[{ required: true, whitespace: true, message: '请填写身份证号' }, idCardRule]}>
                <Input maxLength={18} placeholder="18 位居民身份证号" autoComplete="off" />
              </Form.Item>
              <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50, message: '姓名不超过 50 个字' }]}>
                <Input maxLength={50} autoComplete="off" />
              </Form.Item>
              <Form.Item label="手机号" name="mobile" rules={[{ pattern: /^\s*1\d{10}\s*$/, message: '手机号应为 11 位数字' }]}>
                <Input maxLength={11} placeholder="选填" autoComplete="off" />
              </Form.Item>
              <Form.Item label="工号" name="staffNo" rules={[{ required: true, whitespace: true, message: '请填写工号' }, { max: 30, message: '工号不超过 30 个字符' }]}>
                <Input maxLength={30} autoComplete="off" />
              </Form.Item>
            </div>
          )}
          <div className="staff-form-grid">
            <Form.Item label="处室" name="office" rules={[{ required: true, whitespace: true, message: '请填写处室' }, { max: 100, message: '处室不超过 100 个字' }]}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
            {editing && (
              <Form.Item label="状态" name="active" valuePropName="checked">
                <Switch checkedChildren="在岗" unCheckedChildren="停用" data-testid="staff-active" />
              </Form.Item>
            )}
          </div>
          {editing?.active && active === false && (
            <Alert type="warning" showIcon title="停用后其所有会话将立即结束" style={{ marginBottom: 16 }} data-testid="deactivate-warning" />
          )}
          <Form.Item label="角色与数据范围" name="roles">
            <RolesField itemOptions={items.data ?? []} itemsLoading={items.isPending && open} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
