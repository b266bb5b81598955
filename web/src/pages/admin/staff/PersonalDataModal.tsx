// The full ID number and mobile of one staff member; the server records every such read.
// The values are fetched when the dialog opens and forgotten when it closes (nothing cached).
import { Alert, Descriptions, Modal, Spin } from 'antd';
import { usePersonalData, type StaffMember } from '../../../api/staff.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

interface Props {
  open: boolean;
  member: StaffMember | null;
  onClose: () => void;
}

function PersonalData({ personId }: { personId: string }) {
  const { data, error } = usePersonalData(personId);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Spin />;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="身份证号">
        <span data-testid="personal-id-number">{data.idNumber}</span>
      </Descriptions.Item>
      <Descriptions.Item label="手机号">{data.mobile ?? '—'}</Descriptions.Item>
    </Descriptions>
  );
}

export function PersonalDataModal({ open, member, onClose }: Props) {
  return (
    <Modal open={open} title={`个人信息：${member?.name ?? ''}`} footer={null} onCancel={onClose} destroyOnHidden>
      <div data-testid="personal-data">
        <Alert type="warning" showIcon title="查看完整个人信息将被记录" style={{ marginBottom: 16 }} />
        {member && <PersonalData personId={member.personId} />}
      </div>
    </Modal>
  );
}
