// All electronic licences, with revocation (注销, reason required).
import { App, Button, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { useAdminLicences, useRevokeLicence, type Licence } from '../../../api/documents.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

const STATUS_COLOR = { valid: 'green', revoked: 'red', expired: 'orange' } as const;

export function LicencesTable() {
  const [page, setPage] = useState(1);
  const list = useAdminLicences(page);
  const revoke = useRevokeLicence();
  const [target, setTarget] = useState<Licence | null>(null);
  const [reason, setReason] = useState('');
  const { message } = App.useApp();
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, total: list.data?.total ?? 0, pageSize: 20, onChange: setPage }}
        columns={[
          { title: '许可证编号', dataIndex: 'licenceNo' },
          { title: '证照', dataIndex: 'title' },
          { title: '持证单位', dataIndex: 'holderName' },
          { title: '有效期至', dataIndex: 'validUntil' },
          { title: '状态', dataIndex: 'status', render: (s: Licence['status'], l) => <Tag color={STATUS_COLOR[s]}>{l.statusLabel}</Tag> },
          { title: '', key: 'op', render: (_: unknown, l) => l.status === 'valid' && <Button size="small" danger onClick={() => (setTarget(l), setReason(''))}>注销</Button> },
        ]}
      />
      <Modal
        title={`注销 ${target?.licenceNo ?? ''}`}
        open={!!target}
        okButtonProps={{ danger: true, disabled: reason.trim().length < 2 }}
        okText="注销"
        confirmLoading={revoke.isPending}
        onCancel={() => setTarget(null)}
        onOk={() =>
          target &&
          revoke.mutate({ id: target.id, reason }, {
            onSuccess: () => {
              void message.success('已注销，核验页立即显示');
              setTarget(null);
            },
            onError: (err) => void message.error(errorMessage(err)),
          })
        }
      >
        <Input.TextArea rows={3} maxLength={500} placeholder="注销原因（必填，公开核验时显示）" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}
