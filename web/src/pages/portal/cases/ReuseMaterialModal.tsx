// 免提交: pick a file from one of the applicant's earlier cases instead of uploading it again.
// Files of a material with the same name come first; each opens in the browser to check.
import { Button, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { materialFileUrl, useReuseCandidates, type MaterialState, type ReuseCandidate } from '../../../api/materials.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../format.ts';
import { fileSize } from './materialLabels.tsx';

interface Props {
  caseId: string;
  material: MaterialState;
  onClose: () => void;
  onPick: (c: ReuseCandidate) => Promise<void>;
}

export function ReuseMaterialModal({ caseId, material, onClose, onPick }: Props) {
  const q = useReuseCandidates(caseId, material.index, true);
  const [picking, setPicking] = useState<string | null>(null);
  const pick = (c: ReuseCandidate) => {
    setPicking(`${c.caseId}/${c.index}`);
    void onPick(c).finally(() => setPicking(null));
  };

  return (
    <Modal open title={`复用以往材料：${material.name}`} onCancel={onClose} footer={<Button onClick={onClose}>取消</Button>} width={760} destroyOnHidden>
      <p className="muted small">以下为您（或本单位）此前办件中已上传、且格式符合本材料要求（{material.fileFormats.join('、')}）的文件。复用不会重复上传文件。</p>
      {q.isError ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Table<ReuseCandidate>
          size="small"
          rowKey={(c) => `${c.caseId}/${c.index}`}
          loading={q.isPending}
          dataSource={q.data?.candidates ?? []}
          pagination={false}
          scroll={{ x: 640, y: 360 }}
          data-testid="reuse-candidates"
          locale={{ emptyText: '没有可复用的材料' }}
          columns={[
            {
              title: '材料',
              render: (_, c) => (
                <>
                  {c.name} {c.sameName && <Tag color="green">同名材料</Tag>}
                  <div>
                    <a href={materialFileUrl(c.caseId, c.index)} target="_blank" rel="noreferrer">{c.fileName}</a>
                    <span className="muted small">（{fileSize(c.size)}）</span>
                  </div>
                </>
              ),
            },
            { title: '来源办件', render: (_, c) => (<><div className="mono small">{c.caseNo}</div><div className="muted small">{c.itemName}</div></>) },
            { title: '上传时间', dataIndex: 'uploadedAt', width: 140, render: (v: string) => formatDateTime(v) },
            {
              title: '',
              width: 100,
              render: (_, c) => (
                <Button size="small" type="primary" loading={picking === `${c.caseId}/${c.index}`} disabled={picking !== null} onClick={() => pick(c)}>
                  使用此文件
                </Button>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
