// 申请材料 of a case: per material its requirements, current proof (file opened in the browser,
// 告知承诺, 容缺 with its supply date, reused file) and — for the applicant, when the server says
// so — upload, 告知承诺, 容缺 and 免提交 (reuse from an earlier case). Staff see it read-only.
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Skeleton, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { materialFileUrl, useCaseMaterials, useMaterialChange, type MaterialState } from '../../../api/materials.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ReuseMaterialModal } from './ReuseMaterialModal.tsx';
import { commitmentText, fileSize, materialStatusTag } from './materialLabels.tsx';

const ACCEPT: Record<string, string> = { PDF: '.pdf,application/pdf', JPG: '.jpg,.jpeg,image/jpeg', JPEG: '.jpg,.jpeg,image/jpeg', PNG: '.png,image/png' };

interface Props {
  caseId: string;
  /** The case version: what may be done changes with every transition. */
  version: number;
  enabled: boolean;
  /** While the applicant corrects: the notice and when it was given; the materials it names are marked 需补正 (已补正 once replaced). */
  correction?: { text: string; at: string };
}

export function MaterialsPanel({ caseId, version, enabled, correction }: Props) {
  const q = useCaseMaterials(caseId, version, enabled);
  const change = useMaterialChange(caseId);
  const { message, modal } = App.useApp();
  const [reusing, setReusing] = useState<MaterialState | null>(null);

  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (q.isPending) return <Skeleton active />;
  const { materials, maxUploadBytes, overdue } = q.data;
  const requiredOnline = materials.filter((m) => m.required && m.fileFormats.length > 0 && m.form !== 'paper');
  const provided = requiredOnline.filter((m) => m.status !== 'missing').length;

  const run = (label: string, p: Promise<unknown>) =>
    p.then(
      () => void message.success(`${label}成功`),
      (err: unknown) => void message.error(errorMessage(err)),
    );

  const confirmCommitment = (m: MaterialState) =>
    modal.confirm({
      title: `告知承诺：${m.name}`,
      content: <div className="guide-pre" data-testid="commitment-text">{commitmentText(m.name)}</div>,
      okText: '我已阅读并承诺',
      cancelText: '取消',
      onOk: () => run('告知承诺', change.mutateAsync({ kind: 'commitment', index: m.index })),
    });

  const confirmTolerance = (m: MaterialState) =>
    modal.confirm({
      title: `容缺受理：${m.name}`,
      content: `该材料可暂缺先受理。受理后须在 ${m.toleranceSupplyDays ?? 5} 个工作日内通过本页面补齐，逾期未补齐的将影响办理。`,
      okText: '申请容缺',
      cancelText: '取消',
      onOk: () => run('申请容缺', change.mutateAsync({ kind: 'tolerance', index: m.index })),
    });

  return (
    <>
      {overdue && <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="materials-overdue" title="有容缺材料已超过补齐期限，请尽快补齐" />}
      {requiredOnline.length > 0 && (
        <div className="muted small" style={{ marginBottom: 8 }} data-testid="materials-progress">
          必要材料已提交 {provided}/{requiredOnline.length} 项{q.data.editable ? '（受理前须全部上传、告知承诺或申请容缺）' : ''}
        </div>
      )}
      <List
        size="small"
        bordered
        data-testid="case-materials"
        dataSource={materials}
        locale={{ emptyText: '本事项无需提交申请材料' }}
        renderItem={(m) => {
          const uploadable = m.actions.includes('upload');
          return (
            <List.Item data-testid={`material-${m.index}`} className="material-row">
              <div className="material-main">
                <Space wrap size={[6, 4]}>
                  <strong>{m.index + 1}. {m.name}</strong>
                  {m.required ? <Tag color="red">必要</Tag> : <Tag>非必要</Tag>}
                  {materialStatusTag(m)}
                  {correction?.text.includes(m.name) && (m.at && Date.parse(m.at) > Date.parse(correction.at)
                    ? <Tag color="green" data-testid="material-correction">已补正</Tag>
                    : <Tag color="orange" data-testid="material-correction">需补正</Tag>)}
                </Space>
                <div className="muted small">
                  {m.source === 'e-licence'
                    ? '由系统从电子证照库获取，无需上传'
                    : m.form === 'paper'
                      ? '提交纸质材料'
                      : m.fileFormats.length === 0
                        ? `在线办理，无需上传${m.spec ? `：${m.spec}` : ''}` // filled in or issued in the system (申报书, 推荐意见 …)
                        : `格式：${m.fileFormats.join('、')}，单个文件不超过 ${fileSize(maxUploadBytes)}`}
                  {m.requiredNote && `；${m.requiredNote}`}
                </div>
                {m.file && (
                  <div>
                    <a href={materialFileUrl(caseId, m.index)} target="_blank" rel="noreferrer" data-testid="material-file">
                      <PaperClipOutlined /> {m.file.fileName}
                    </a>
                    <span className="muted small"> （{fileSize(m.file.size)}{m.reusedFrom ? `，复用自办件 ${m.reusedFrom.caseNo}` : ''}）</span>
                  </div>
                )}
              </div>
              {m.actions.length > 0 && (
                <Space wrap size={[8, 8]} className="material-actions">
                  {uploadable && (
                    <Upload
                      accept={m.fileFormats.map((f) => ACCEPT[f.toUpperCase()] ?? '').filter(Boolean).join(',')}
                      showUploadList={false}
                      maxCount={1}
                      beforeUpload={(file) => {
                        if (file.size > maxUploadBytes) {
                          void message.error(`文件超过 ${fileSize(maxUploadBytes)} 的上限，请压缩或拆分后再上传`);
                          return Upload.LIST_IGNORE;
                        }
                        return true;
                      }}
                      customRequest={({ file, onSuccess, onError }) => {
                        void change.mutateAsync({ kind: 'upload', index: m.index, file: file as File }).then(
                          (r) => {
                            onSuccess?.(r);
                            void message.success(`「${m.name}」上传成功`);
                          },
                          (err: unknown) => {
                            onError?.(err as Error);
                            void message.error(errorMessage(err));
                          },
                        );
                      }}
                    >
                      <Button size="small" icon={<UploadOutlined />} loading={change.isPending && change.variables?.index === m.index && change.variables.kind === 'upload'} data-testid="material-upload">
                        {m.status === 'tolerance' ? '补齐上传' : m.file ? '重新上传' : '上传'}
                      </Button>
                    </Upload>
                  )}
                  {m.actions.includes('reuse') && (
                    <Button size="small" onClick={() => setReusing(m)} data-testid="material-reuse">
                      复用以往材料
                    </Button>
                  )}
                  {m.actions.includes('commitment') && m.status !== 'commitment' && (
                    <Button size="small" onClick={() => confirmCommitment(m)} data-testid="material-commitment">
                      告知承诺
                    </Button>
                  )}
                  {m.actions.includes('tolerance') && m.status !== 'tolerance' && (
                    <Button size="small" onClick={() => confirmTolerance(m)} data-testid="material-tolerance">
                      申请容缺
                    </Button>
                  )}
                </Space>
              )}
            </List.Item>
          );
        }}
      />
      {reusing && (
        <ReuseMaterialModal
          caseId={caseId}
          material={reusing}
          onClose={() => setReusing(null)}
          onPick={(c) =>
            change.mutateAsync({ kind: 'reuse', index: reusing.index, fromCaseId: c.caseId, fromIndex: c.index }).then(
              () => {
                setReusing(null);
                void message.success(`已复用办件 ${c.caseNo} 中的「${c.fileName}」`);
              },
              (err: unknown) => void message.error(errorMessage(err)),
            )
          }
        />
      )}
    </>
  );
}
