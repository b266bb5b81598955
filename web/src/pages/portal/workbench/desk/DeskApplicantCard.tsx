// 申请人 at the window: a natural person (ID number + name from the ID card) or an enterprise
// (credit code from its business licence, with the handler present). 「核验」 asks the platform
// what it knows; nothing is recorded until the application is submitted.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Segmented, type FormInstance } from 'antd';
import { useState } from 'react';
import { creditCodeSchema, idCardSchema } from '../../../../../../server/lib/codes/zod.ts';
import { errorMessage } from '../../../../api/client.ts';
import { lookupApplicant, type DeskApplicant, type DeskLookup } from '../../../../api/desk.ts';

export interface DeskApplicantValues {
  kind: 'natural' | 'legal';
  idNumber?: string;
  name?: string;
  creditCode?: string;
  enterpriseName?: string;
  handlerIdNumber?: string;
  handlerName?: string;
}

/** An antd rule from one of the shared Zod code schemas (same messages as the server). */
const zodRule = (schema: typeof idCardSchema) => ({
  validator: async (_: unknown, value: string | undefined) => {
    if (!value) return;
    const r = schema.safeParse(value);
    if (!r.success) throw new Error(r.error.issues[0]?.message ?? '格式不正确');
  },
});
const nameRules = [{ required: true, whitespace: true, message: '请填写姓名' }, { max: 50, message: '姓名不超过 50 个字' }];

/** What the API takes, from the card's values (already validated). */
export function deskApplicantOf(v: DeskApplicantValues): DeskApplicant {
  if (v.kind === 'natural') return { kind: 'natural', idNumber: v.idNumber!.trim(), name: v.name!.trim() };
  return {
    kind: 'legal',
    creditCode: v.creditCode!.trim(),
    ...(v.enterpriseName?.trim() ? { name: v.enterpriseName.trim() } : {}),
    handler: { idNumber: v.handlerIdNumber!.trim(), name: v.handlerName!.trim() },
  };
}

export function DeskApplicantCard({ form }: { form: FormInstance<DeskApplicantValues> }) {
  const kind = Form.useWatch('kind', form) ?? 'natural';
  const [checked, setChecked] = useState<{ lookup: DeskLookup } | { error: string } | null>(null);
  const [checking, setChecking] = useState(false);

  const check = async () => {
    setChecked(null);
    const fields = kind === 'natural' ? ['idNumber', 'name'] : ['creditCode'];
    const v = await form.validateFields(fields).catch(() => null);
    if (!v) return;
    setChecking(true);
    try {
      const lookup = await lookupApplicant(kind === 'natural' ? { idNumber: v.idNumber!.trim(), name: v.name!.trim() } : { creditCode: v.creditCode!.trim() });
      if (lookup.kind === 'legal' && lookup.name) form.setFieldValue('enterpriseName', lookup.name);
      setChecked({ lookup });
    } catch (err) {
      setChecked({ error: errorMessage(err) });
    } finally {
      setChecking(false);
    }
  };

  const result = (() => {
    if (!checked) return null;
    if ('error' in checked) return <Alert type="error" showIcon title={checked.error} />;
    const l = checked.lookup;
    if (l.kind === 'natural') {
      if (!l.known) return <Alert type="info" showIcon title="平台尚未登记此人，提交时将按身份证信息登记" />;
      return l.nameMatches ? <Alert type="success" showIcon title="身份证号与姓名一致" /> : <Alert type="error" showIcon title="姓名与该身份证号登记的姓名不一致，请核对证件" />;
    }
    if (!l.known) return <Alert type="info" showIcon title="平台尚未登记该单位，请按营业执照填写单位名称" />;
    return <Alert type="success" showIcon title={`已登记：${l.name ?? ''}${l.legalRepresentative ? `（法定代表人：${l.legalRepresentative}）` : ''}`} />;
  })();

  return (
    <Form<DeskApplicantValues> form={form} layout="vertical" initialValues={{ kind: 'natural' }} data-testid="desk-applicant" onValuesChange={() => setChecked(null)}>
      <Form.Item name="kind" label="申请人类型">
        <Segmented options={[{ label: '自然人', value: 'natural' }, { label: '法人（单位）', value: 'legal' }]} data-testid="desk-kind" />
      </Form.Item>
      {kind === 'natural' ? (
        <div className="apply-grid">
          <Form.Item name="idNumber" label="身份证号" rules={[{ required: true, message: '请填写身份证号' }, zodRule(idCardSchema)]}>
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item name="name" label="姓名" rules={nameRules}>
            <Input autoComplete="off" />
          </Form.Item>
        </div>
      ) : (
        <>
          <div className="apply-grid">
            <Form.Item name="creditCode" label="统一社会信用代码" rules={[{ required: true, message: '请填写统一社会信用代码' }, zodRule(creditCodeSchema)]}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
            <Form.Item name="enterpriseName" label="单位名称" extra="已登记的单位以登记名称为准" rules={[{ max: 100, message: '单位名称不超过 100 个字' }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </div>
          <div className="apply-grid">
            <Form.Item name="handlerIdNumber" label="经办人身份证号" rules={[{ required: true, message: '请填写经办人身份证号' }, zodRule(idCardSchema)]}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
            <Form.Item name="handlerName" label="经办人姓名" rules={nameRules}>
              <Input autoComplete="off" />
            </Form.Item>
          </div>
        </>
      )}
      <Button icon={<SafetyCertificateOutlined />} onClick={() => void check()} loading={checking} data-testid="desk-check">
        核验
      </Button>
      {result && <div style={{ marginTop: 12 }} data-testid="desk-check-result">{result}</div>}
    </Form>
  );
}
