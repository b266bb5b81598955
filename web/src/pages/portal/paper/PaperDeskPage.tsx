// 扫码收件: a USB scanner types a printout's QR token into the field (and Enter), or the code is
// read in the browser from the camera (摄像头扫码) or a photo (see components/QrScanner). Window / receiving unit: the case's key data and "确认收到纸质材料".
// Service point: scans go into the open batch, then the manifest is printed and the batch mailed.
// Receiving unit: scanning a manifest starts its check-in; the printouts scanned next are checked off.
import { Alert, Button, Card, Input, Result, Space } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../api/client.ts';
import { addToBatch, checkInBatch, closeBatch, confirmPaper, createBatch, mailBatch, scanCode, useOpenBatches, type Batch, type ScannedApplication } from '../../../api/applicationPdf.ts';
import { useMe } from '../../../api/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { QrScanner } from '../../../components/QrScanner.tsx';
import { SignInRequired } from '../../../components/SignInRequired.tsx';
import { usePageTitle } from '../../../usePageTitle.ts';
import { BatchPanel } from './BatchPanel.tsx';
import { ScannedCase } from './ScannedCase.tsx';

const DESK_ROLES = ['item_manager', 'window_clerk', 'service_point_clerk', 'receiving_unit_clerk'];

export default function PaperDeskPage() {
  usePageTitle('扫码收件');
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const servicePoint = roles.includes('service_point_clerk');
  const receiving = roles.includes('receiving_unit_clerk');
  const openBatches = useOpenBatches(servicePoint);
  const [code, setCode] = useState('');
  const [lastCode, setLastCode] = useState('');
  const [scan, setScan] = useState<ScannedApplication | null>(null);
  const [batch, setBatch] = useState<Batch | null>(null);
  const [notice, setNotice] = useState<{ type: 'success' | 'warning'; text: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<{ focus: () => void } | null>(null);
  const working = batch ?? (servicePoint ? (openBatches.data?.items[0] ?? null) : null);

  async function run(fn: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await fn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  }

  const submit = (raw: string) =>
    run(async () => {
      const value = raw.trim();
      if (!value) return;
      setCode('');
      setLastCode(value);
      if (servicePoint && working?.status === 'open') {
        setBatch(await addToBatch(working.id, value));
        setNotice({ type: 'success', text: '已编入批次' });
        return;
      }
      if (receiving && working?.status === 'mailed') {
        try {
          const r = await checkInBatch(working.id, value);
          setBatch(r.batch);
          setNotice(r.outcome === 'received'
            ? { type: 'success', text: `已签收 ${r.case ? `${r.case.caseNo}，${r.case.stateLabel}` : ''}` }
            : { type: 'warning', text: '此件不在移交清单上，已标记为清单外' });
          return;
        } catch (err) {
          // A manifest's code starts another batch's check-in below.
          if (!(err instanceof ApiError && err.message.includes('批次清单'))) throw err;
        }
      }
      const r = await scanCode(value);
      if (r.kind === 'batch') {
        setScan(null);
        setBatch(r.batch);
        return;
      }
      setScan(r);
    });

  if (me.isPending) return null;
  if (!me.data) return <SignInRequired subTitle="工作人员登录后可以扫码收件。" returnTo="/workbench/paper" />;
  if (!roles.some((r) => DESK_ROLES.includes(r))) return <Result status="403" title="扫码收件仅供窗口、受理点和代收单位工作人员使用" extra={<Link to="/workbench">返回工作台</Link>} />;

  return (
    <>
      <h1 className="section-title">扫码收件</h1>
      <Card className="guide-section" size="small">
        <Space.Compact style={{ width: '100%' }}>
          <Input
            ref={(el) => { input.current = el; }}
            autoFocus
            size="large"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={() => void submit(code)}
            placeholder="用扫码枪扫描申请材料或移交清单上的二维码，或粘贴二维码内容后回车"
            data-testid="scan-input"
          />
          <Button size="large" type="primary" onClick={() => void submit(code)} loading={busy} data-testid="scan-submit">查验</Button>
        </Space.Compact>
        <div style={{ marginTop: 8 }}>
          <QrScanner onCode={(text) => void submit(text)} photoLabel="拍照 / 上传图片识别二维码" />
        </div>
        {/* (after a batch is mailed, the next one is started here without leaving the page) */}
        {servicePoint && working?.status !== 'open' && (
          <Button style={{ marginTop: 8, marginLeft: 8 }} onClick={() => void run(async () => setBatch(await createBatch()))} data-testid="batch-create">新建寄送批次</Button>
        )}
      </Card>
      {error !== null && <ErrorAlert error={error} />}
      {notice && <Alert type={notice.type} showIcon title={notice.text} style={{ marginBottom: 12 }} data-testid="scan-notice" />}
      {working && (
        <Card className="guide-section" size="small" title={servicePoint ? '当前寄送批次' : '正在签收的批次'}>
          <BatchPanel
            batch={working}
            busy={busy}
            onMail={servicePoint ? (courier, no) => void run(async () => { setBatch(await mailBatch(working.id, courier, no)); await openBatches.refetch(); }) : undefined}
            onClose={receiving ? () => void run(async () => setBatch(await closeBatch(working.id))) : undefined}
          />
        </Card>
      )}
      {scan && (
        <Card className="guide-section" size="small" title="查验结果">
          <ScannedCase
            scan={scan}
            confirming={busy}
            onConfirm={() => void run(async () => {
              const moved = await confirmPaper(lastCode, scan.case.version);
              setNotice({ type: 'success', text: `已确认收到纸质材料：${moved.caseNo}，当前环节“${moved.stateLabel}”` });
              setScan(null);
            })}
          />
        </Card>
      )}
    </>
  );
}
