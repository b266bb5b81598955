// 评价二维码: the windows and offices rated after a visit; each QR code opens /rate/:code on a
// phone. Admins add points, stop them, and print the code to put on the counter.
import { App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table } from 'antd';
import QRCode from 'qrcode';
import { useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { usePoints, useSavePoint, type RatingPoint } from '../../../api/feedback.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../../usePageTitle.ts';

const rateUrl = (code: string) => `${window.location.origin}/rate/${encodeURIComponent(code)}`;

/** Opens a printable page with the point's QR code and name. */
async function printQr(p: RatingPoint) {
  const svg = await QRCode.toString(rateUrl(p.code), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const w = window.open('', '_blank');
  if (!w) return;
  w.document.write(`<!doctype html><meta charset="utf-8"><title>${p.name} 评价二维码</title>
    <body style="font-family:sans-serif;text-align:center;padding:40px">
    <h2>${p.name}</h2><div style="width:300px;margin:0 auto">${svg}</div>
    <p>请扫码评价我们的服务（好差评）</p><p style="color:#666">${p.office}</p>
    <script>window.onload=()=>window.print()</script></body>`);
  w.document.close();
}

export default function RatingPointsPage() {
  usePageTitle('评价二维码');
  const points = usePoints();
  const save = useSavePoint();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm();
  if (points.error) return <ErrorAlert error={points.error} onRetry={() => void points.refetch()} />;
  return (
    <Card title="评价二维码（窗口、处室）" extra={<Button type="primary" onClick={() => setAdding(true)}>新增评价点</Button>}>
      <Table<RatingPoint>
        rowKey="code"
        loading={points.isPending}
        dataSource={points.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '编码', dataIndex: 'code' },
          { title: '名称', dataIndex: 'name' },
          { title: '类型', render: (_, p) => (p.kind === 'window' ? '窗口' : '处室') },
          { title: '责任处室', dataIndex: 'office' },
          {
            title: '启用', render: (_, p) => (
              <Switch checked={p.active} onChange={(active) => save.mutate({ create: false, code: p.code, active }, { onError: (e) => void message.error(errorMessage(e)) })} />
            ),
          },
          { title: '二维码', render: (_, p) => <Space><Button size="small" onClick={() => void printQr(p)} disabled={!p.active}>打印二维码</Button><a href={rateUrl(p.code)} target="_blank" rel="noreferrer">打开评价页</a></Space> },
        ]}
      />
      <Modal
        open={adding}
        title="新增评价点"
        onCancel={() => setAdding(false)}
        onOk={() => void form.validateFields().then((v: { code: string; kind: 'window' | 'office'; name: string; office: string }) =>
          save.mutate({ create: true, ...v }, { onSuccess: () => { setAdding(false); form.resetFields(); }, onError: (e) => void message.error(errorMessage(e)) }))}
        confirmLoading={save.isPending}
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'window' }}>
          <Form.Item name="code" label="编码" rules={[{ required: true, pattern: /^[A-Za-z0-9-]{2,32}$/, message: '2–32 位字母、数字或 -' }]}><Input /></Form.Item>
          <Form.Item name="kind" label="类型"><Select options={[{ value: 'window', label: '窗口' }, { value: 'office', label: '处室' }]} /></Form.Item>
          <Form.Item name="name" label="名称" rules={[{ required: true, min: 2 }]}><Input /></Form.Item>
          <Form.Item name="office" label="责任处室" rules={[{ required: true, min: 2 }]}><Input /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
