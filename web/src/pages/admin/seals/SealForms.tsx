// Making a seal: the generated demo seal, or importing a real one (PKCS#12 + PNG image).
import { App, Button, Form, Input, Modal, Select, Upload } from 'antd';
import { useState } from 'react';
import { STAFF_ROLE_LABELS } from '../../../../../server/modules/identity/roles.ts';
import { errorMessage } from '../../../api/client.ts';
import { useCreateDemoSeal, useImportSeal } from '../../../api/documents.ts';

export const TAKER_OPTIONS = [
  ...Object.entries(STAFF_ROLE_LABELS).map(([value, label]) => ({ value, label })),
  { value: 'system', label: '自动用印（系统）' },
];

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const itemsHelp = '填写事项实施编码，留空表示全部事项';

export function DemoSealButton() {
  const [open, setOpen] = useState(false);
  const create = useCreateDemoSeal();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>生成演示印章</Button>
      <Modal
        title="生成演示印章（自签名证书，仅供演示和培训）"
        open={open}
        onCancel={() => setOpen(false)}
        confirmLoading={create.isPending}
        onOk={() =>
          void form.validateFields().then((v) =>
            create.mutate(v, {
              onSuccess: () => {
                void message.success('已生成印章');
                setOpen(false);
              },
              onError: (err) => void message.error(errorMessage(err)),
            }),
          )
        }
      >
        <Form form={form} layout="vertical" initialValues={{ organization: '安徽省科学技术厅', purpose: '行政审批专用章', allowedRoles: ['decision_maker', 'system'], allowedItems: [] }}>
          <Form.Item name="organization" label="单位名称（环绕文字）" rules={[{ required: true, min: 2, max: 24 }]}><Input /></Form.Item>
          <Form.Item name="purpose" label="印章用途（下方文字）" rules={[{ required: true, max: 12 }]}><Input /></Form.Item>
          <Form.Item name="allowedRoles" label="可使用的角色" rules={[{ required: true, type: 'array', min: 1 }]}><Select mode="multiple" options={TAKER_OPTIONS} /></Form.Item>
          <Form.Item name="allowedItems" label="可用于的事项" help={itemsHelp}><Select mode="tags" tokenSeparators={[',', ' ']} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function ImportSealButton() {
  const [open, setOpen] = useState(false);
  const [p12, setP12] = useState<File | null>(null);
  const [png, setPng] = useState<File | null>(null);
  const importSeal = useImportSeal();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await form.validateFields();
    if (!p12 || !png) return void message.warning('请选择证书文件和印章图片');
    importSeal.mutate(
      { ...v, p12: await base64Of(p12), png: await base64Of(png) },
      {
        onSuccess: () => {
          void message.success('已导入印章');
          setOpen(false);
        },
        onError: (err) => void message.error(errorMessage(err)),
      },
    );
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>导入印章证书</Button>
      <Modal title="导入印章（PKCS#12 证书 + PNG 印章图片）" open={open} onCancel={() => setOpen(false)} confirmLoading={importSeal.isPending} onOk={() => void submit()}>
        <Form form={form} layout="vertical" initialValues={{ allowedRoles: ['decision_maker'], allowedItems: [] }}>
          <Form.Item name="name" label="印章名称" rules={[{ required: true, min: 2, max: 60 }]}><Input /></Form.Item>
          <Form.Item label="证书文件（.p12 / .pfx）" required>
            <Upload accept=".p12,.pfx" maxCount={1} beforeUpload={(f) => (setP12(f), false)} onRemove={() => setP12(null)}><Button>选择文件</Button></Upload>
          </Form.Item>
          <Form.Item name="password" label="证书密码"><Input.Password autoComplete="off" /></Form.Item>
          <Form.Item label="印章图片（PNG，透明背景）" required>
            <Upload accept="image/png" maxCount={1} beforeUpload={(f) => (setPng(f), false)} onRemove={() => setPng(null)}><Button>选择图片</Button></Upload>
          </Form.Item>
          <Form.Item name="allowedRoles" label="可使用的角色" rules={[{ required: true, type: 'array', min: 1 }]}><Select mode="multiple" options={TAKER_OPTIONS} /></Form.Item>
          <Form.Item name="allowedItems" label="可用于的事项" help={itemsHelp}><Select mode="tags" tokenSeparators={[',', ' ']} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
