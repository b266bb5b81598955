// 电子印章与证照 (系统管理员): seals — appearance, certificate, who may use them, usage log —
// and the electronic licences issued, with revocation.
import { App, Button, Card, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { useSeals, useUpdateSeal, type Seal } from '../../../api/documents.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../format.ts';
import { usePageTitle } from '../../../usePageTitle.ts';
import { LicencesTable } from './LicencesTable.tsx';
import { DemoSealButton, ImportSealButton, TAKER_OPTIONS } from './SealForms.tsx';
import { SealUsageDrawer } from './SealUsageDrawer.tsx';

export default function SealsPage() {
  usePageTitle('电子印章与证照');
  const seals = useSeals();
  const update = useUpdateSeal();
  const { message } = App.useApp();
  const [usageOf, setUsageOf] = useState<string | null>(null);
  const change = (v: Parameters<typeof update.mutate>[0]) => update.mutate(v, { onError: (err) => void message.error(errorMessage(err)) });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title="电子印章" extra={<Space><DemoSealButton /><ImportSealButton /></Space>}>
        {seals.isError ? (
          <ErrorAlert error={seals.error} onRetry={() => void seals.refetch()} />
        ) : (
          <Table<Seal>
            rowKey="id"
            size="small"
            loading={seals.isPending}
            dataSource={seals.data ?? []}
            pagination={false}
            columns={[
              { title: '印章', dataIndex: 'name', render: (n: string, s) => <Space direction="vertical" size={0}><a href={`/api/admin/seals/${s.id}/image`} target="_blank" rel="noopener">{n}</a><Tag>{s.imageType === 'pdf' ? '矢量外观' : 'PNG 图片'}</Tag></Space> },
              { title: '证书', key: 'cert', render: (_: unknown, s) => <span style={{ fontSize: 12 }}>{s.certificate.subject}<br />{formatDate(s.certificate.notBefore)} 至 {formatDate(s.certificate.notAfter)}</span> },
              { title: '可使用的角色', key: 'roles', width: 280, render: (_: unknown, s) => <Select mode="multiple" size="small" style={{ width: '100%' }} value={s.allowedRoles} options={TAKER_OPTIONS} onChange={(v) => change({ id: s.id, allowedRoles: v })} /> },
              { title: '事项', key: 'items', render: (_: unknown, s) => (s.allowedItems.length ? s.allowedItems.join('、') : '全部事项') },
              { title: '启用', key: 'active', render: (_: unknown, s) => <Switch checked={s.active} onChange={(active) => change({ id: s.id, active })} /> },
              { title: '', key: 'usage', render: (_: unknown, s) => <Button size="small" onClick={() => setUsageOf(s.id)}>用印记录</Button> },
            ]}
          />
        )}
      </Card>
      <Card title="电子证照">
        <LicencesTable />
      </Card>
      <SealUsageDrawer sealId={usageOf} onClose={() => setUsageOf(null)} />
    </Space>
  );
}
