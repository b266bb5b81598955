// The definition → Zod translation: each field type, required answers, unknown fields, the
// definitions' own checks, and label/value pairs for documents.
import { describe, expect, it } from 'vitest';
import { applicationFormSchema, checkApplicationForm, fieldValueSchema, formEntries, type ApplicationFormDef, type FieldDef } from './application-form.ts';
import { DEFAULT_APPLICATION_FORM } from './forms/default.ts';
import { demoItems } from './seed/demo-items.ts';

const ok = (f: FieldDef, v: unknown) => fieldValueSchema(f).safeParse(v);
const message = (f: FieldDef, v: unknown) => {
  const r = ok(f, v);
  return r.success ? null : r.error.issues[0]!.message;
};

describe('field types', () => {
  it('text and textarea: trimmed, blank is absent, lengths and patterns', () => {
    const f: FieldDef = { key: 'name', label: '项目名称', type: 'text', required: true, minLength: 2, maxLength: 5, pattern: '^[^0-9]+$', patternMessage: '项目名称不能含数字' };
    expect(ok(f, '  某项目 ').data).toBe('某项目');
    expect(message(f, '   ')).toBe('请填写项目名称');
    expect(message(f, undefined)).toBe('请填写项目名称');
    expect(message(f, '某')).toBe('项目名称至少 2 个字');
    expect(message(f, '某某某某某某')).toBe('项目名称不超过 5 个字');
    expect(message(f, '项目1')).toBe('项目名称不能含数字');
    expect(message(f, 12)).toBe('项目名称应为文字');
    expect(ok({ key: 't', label: '说明', type: 'textarea' }, '').data).toBeUndefined();
    expect(message({ key: 't', label: '说明', type: 'textarea' }, 'x'.repeat(5001))).toBe('说明不超过 5000 个字');
  });

  it('number and money: type, integer, range, cents', () => {
    const n: FieldDef = { key: 'n', label: '人数', type: 'number', integer: true, min: 1, max: 100, unit: '人' };
    expect(ok(n, 3).data).toBe(3);
    expect(ok(n, null).data).toBeUndefined();
    expect(message(n, '3')).toBe('人数应为数字');
    expect(message(n, 2.5)).toBe('人数应为整数');
    expect(message(n, 0)).toBe('人数不能小于 1人');
    expect(message(n, 101)).toBe('人数不能大于 100人');
    const m: FieldDef = { key: 'm', label: '预算', type: 'money', unit: '万元', required: true };
    expect(ok(m, 12.34).data).toBe(12.34);
    expect(message(m, 12.345)).toBe('预算最多保留两位小数');
    expect(message(m, -1)).toBe('预算不能小于 0万元');
  });

  it('date: a real calendar day', () => {
    const d: FieldDef = { key: 'd', label: '开始日期', type: 'date' };
    expect(ok(d, '2026-02-28').success).toBe(true);
    expect(message(d, '2026-02-29')).toBe('开始日期不是有效日期');
    expect(message(d, '2026/02/01')).toBe('开始日期应为日期（年-月-日）');
  });

  it('select, radio and checkbox: only their options', () => {
    const options = [{ value: 'a', label: '甲' }, { value: 'b', label: '乙' }];
    const s: FieldDef = { key: 's', label: '类别', type: 'select', required: true, options };
    expect(ok(s, 'a').success).toBe(true);
    expect(message(s, 'c')).toBe('类别请从选项中选择');
    expect(message(s, '')).toBe('请选择类别');
    expect(message({ ...s, type: 'radio' }, 'z')).toBe('类别请从选项中选择');
    const multi: FieldDef = { key: 'c', label: '种类', type: 'checkbox', required: true, options };
    expect(ok(multi, ['a', 'b']).success).toBe(true);
    expect(message(multi, [])).toBe('请勾选种类');
    expect(message(multi, ['a', 'x'])).toBe('种类请从选项中选择');
    expect(message(multi, ['a', 'a'])).toBe('种类的选项重复');
    const agree: FieldDef = { key: 'agree', label: '承诺', type: 'checkbox', required: true };
    expect(ok(agree, true).success).toBe(true);
    expect(message(agree, false)).toBe('请勾选承诺');
  });

  it('phone, email, credit code, ID number, address', () => {
    const phone: FieldDef = { key: 'p', label: '联系电话', type: 'phone' };
    for (const v of ['13800138000', '0551-65000000', '055165000000']) expect(ok(phone, v).success, v).toBe(true);
    expect(message(phone, '12345')).toBe('联系电话应为 11 位手机号码或带区号的固定电话');
    expect(message({ key: 'e', label: '邮箱', type: 'email' }, 'a@b')).toBe('邮箱不是有效的电子邮箱');
    const cc: FieldDef = { key: 'c', label: '信用代码', type: 'creditCode' };
    expect(ok(cc, ' 91340100ma2t5k7w54 ').data).toBe('91340100MA2T5K7W54');
    expect(message(cc, '91340100MA2T5K7W55')).toBe('统一社会信用代码校验位不符，请检查是否输错');
    const id: FieldDef = { key: 'i', label: '身份证号', type: 'idNumber' };
    expect(ok(id, ' 340104199003071235 ').data).toBe('340104199003071235');
    expect(message(id, '340104199003071234')).toBe('身份证号校验位不符，请检查是否输错');
    expect(message({ key: 'a', label: '地址', type: 'address' }, 'x'.repeat(201))).toBe('地址不超过 200 个字');
  });

  it('table: rows of sub-fields, row counts, unknown cells', () => {
    const t: FieldDef = {
      key: 'team', label: '团队', type: 'table', required: true, minRows: 1, maxRows: 2,
      columns: [{ key: 'name', label: '姓名', type: 'text', required: true }, { key: 'months', label: '月数', type: 'number', integer: true }],
    };
    expect(ok(t, [{ name: ' 甲 ', months: 3 }]).data).toEqual([{ name: '甲', months: 3 }]);
    expect(message(t, [])).toBe('请填写团队');
    expect(message(t, [{ name: 'a' }, { name: 'b' }, { name: 'c' }])).toBe('团队最多 2 行');
    expect(message(t, [{ months: 3 }])).toBe('请填写姓名');
    expect(message(t, 'x')).toBe('团队应为表格');
  });
});

describe('answer sheets', () => {
  const def: ApplicationFormDef = {
    sections: [
      { title: '一', fields: [{ key: 'name', label: '项目名称', type: 'text', required: true }, { key: 'budget', label: '预算', type: 'money', required: true, unit: '万元' }] },
      { title: '二', fields: [{ key: 'note', label: '备注', type: 'textarea' }] },
    ],
  };

  it('lists every missing required field by label, and unknown fields by key', () => {
    const r = checkApplicationForm(def, { note: '', extra: 1, other: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe('请填写必填项：项目名称、预算；申请表中没有这些栏目：extra、other');
    expect(r.problems.map((p) => [p.path, p.kind])).toEqual([['name', 'missing'], ['budget', 'missing'], ['extra', 'unknown'], ['other', 'unknown']]);
  });

  it('returns the canonical answers (trimmed, blanks dropped)', () => {
    expect(checkApplicationForm(def, { name: ' 甲 ', budget: 10, note: ' ' })).toEqual({ ok: true, values: { name: '甲', budget: 10 } });
  });

  it('gives label/value pairs in the definition\'s order', () => {
    expect(formEntries(def, { budget: 1234.5, name: '甲' }).map((e) => [e.section, e.label, e.text])).toEqual([
      ['一', '项目名称', '甲'], ['一', '预算', '1,234.50 万元'], ['二', '备注', ''],
    ]);
  });
});

describe('definitions', () => {
  it('refuses duplicate keys, selects without options and nested tables', () => {
    const dup = applicationFormSchema.safeParse({ sections: [{ title: 'a', fields: [{ key: 'x', label: 'X', type: 'text' }, { key: 'x', label: 'Y', type: 'text' }] }] });
    expect(dup.error?.issues[0]?.message).toBe('字段标识 x 重复');
    const noOptions = applicationFormSchema.safeParse({ sections: [{ title: 'a', fields: [{ key: 's', label: 'S', type: 'select' }] }] });
    expect(noOptions.error?.issues[0]?.message).toBe('字段 s：下拉或单选须有选项');
    const nested = applicationFormSchema.safeParse({ sections: [{ title: 'a', fields: [{ key: 't', label: 'T', type: 'table', columns: [{ key: 'u', label: 'U', type: 'table' }] }] }] });
    expect(nested.success).toBe(false);
    const badPattern = applicationFormSchema.safeParse({ sections: [{ title: 'a', fields: [{ key: 'p', label: 'P', type: 'text', pattern: '(' }] }] });
    expect(badPattern.error?.issues[0]?.message).toBe('字段 p：格式不是有效的正则表达式');
  });

  it('accepts the default form and every demo item\'s form', () => {
    expect(applicationFormSchema.safeParse(DEFAULT_APPLICATION_FORM).success).toBe(true);
    for (const item of demoItems) expect(applicationFormSchema.safeParse(item.applicationForm).success, item.name).toBe(true);
  });
});
