import { DownloadOutlined } from '@ant-design/icons';
import { Grid, Space, Table, Tag, type TableColumnsType } from 'antd';
import type { Material } from '../../../api/types.ts';
import { isSafeUrl } from '../../../format.ts';
import { codeLabel } from '../../../labels.ts';

interface Row extends Material {
  index: number;
  materialCode?: string;
}

const yesNo = (v: boolean) => (v ? <Tag color="green">可</Tag> : <span className="muted">否</span>);

const columns: TableColumnsType<Row> = [
  { title: '序号', dataIndex: 'index', width: 60, align: 'center' },
  {
    title: '材料名称',
    dataIndex: 'name',
    width: 340,
    render: (name: string, m) => (
      <>
        <div style={{ fontWeight: 500 }}>{name}</div>
        {m.spec && <div className="muted small guide-pre">{m.spec}</div>}
        {m.materialCode && <div className="muted small">材料编码：{m.materialCode}</div>}
      </>
    ),
  },
  {
    title: '必要性',
    dataIndex: 'required',
    width: 120,
    render: (required: boolean, m) => (
      <>
        {required ? <Tag color="red">必要</Tag> : <Tag>非必要</Tag>}
        {m.requiredNote && <div className="muted small">{m.requiredNote}</div>}
      </>
    ),
  },
  { title: '来源', dataIndex: 'source', width: 110, render: (s: string) => codeLabel('materialSource', s) },
  {
    title: '形式 / 格式',
    dataIndex: 'form',
    width: 110,
    render: (form: string, m) => (
      <>
        {codeLabel('materialForm', form)}
        {m.fileFormats.length > 0 && <div className="muted small">{m.fileFormats.join('、')}</div>}
      </>
    ),
  },
  {
    title: '份数',
    key: 'copies',
    width: 100,
    render: (_, m) => (
      <>
        <div>原件 {m.originals} 份</div>
        <div>复印件 {m.copies} 份</div>
      </>
    ),
  },
  { title: '容缺受理', dataIndex: 'toleranceAllowed', width: 90, align: 'center', render: yesNo },
  { title: '告知承诺', dataIndex: 'commitmentAllowed', width: 90, align: 'center', render: yesNo },
  {
    title: '模板 / 样表',
    key: 'templates',
    width: 110,
    render: (_, m) => <TemplateLinks m={m} />,
  },
];

function TemplateLinks({ m }: { m: Material }) {
  if (!isSafeUrl(m.templateUrl) && !isSafeUrl(m.sampleUrl)) return <span className="muted">无</span>;
  return (
    <Space orientation="vertical" size={0}>
      {isSafeUrl(m.templateUrl) && (
        <a href={m.templateUrl} target="_blank" rel="noreferrer">
          <DownloadOutlined /> 空白表格
        </a>
      )}
      {isSafeUrl(m.sampleUrl) && (
        <a href={m.sampleUrl} target="_blank" rel="noreferrer">
          <DownloadOutlined /> 示例样表
        </a>
      )}
    </Space>
  );
}

/** Phones: every field of a material stacked in one cell, so nothing scrolls sideways. */
const compactColumns: TableColumnsType<Row> = [
  { title: '序号', dataIndex: 'index', width: 56, align: 'center' },
  {
    title: '材料',
    dataIndex: 'name',
    render: (name: string, m) => (
      <>
        <div style={{ fontWeight: 500 }}>
          {name} {m.required ? <Tag color="red">必要</Tag> : <Tag>非必要</Tag>}
        </div>
        {m.requiredNote && <div className="muted small">{m.requiredNote}</div>}
        {m.spec && <div className="muted small guide-pre">{m.spec}</div>}
        <div className="small" style={{ marginTop: 4 }}>
          来源：{codeLabel('materialSource', m.source)}；形式：{codeLabel('materialForm', m.form)}
          {m.fileFormats.length > 0 && `（${m.fileFormats.join('、')}）`}；原件 {m.originals} 份，复印件 {m.copies} 份
        </div>
        <div className="small">
          容缺受理：{m.toleranceAllowed ? '可' : '否'}；告知承诺：{m.commitmentAllowed ? '可' : '否'}
        </div>
        {m.materialCode && <div className="muted small">材料编码：{m.materialCode}</div>}
        {(isSafeUrl(m.templateUrl) || isSafeUrl(m.sampleUrl)) && <TemplateLinks m={m} />}
      </>
    ),
  },
];

/** 申请材料 — every material field, one row per material. */
export function MaterialsTable({ materials, materialCodes }: { materials: Material[]; materialCodes?: string[] }) {
  const compact = !Grid.useBreakpoint().md;
  const rows: Row[] = materials.map((m, i) => ({ ...m, index: i + 1, materialCode: materialCodes?.[i] }));
  return (
    <Table<Row>
      data-testid="materials-table"
      rowKey="index"
      size="small"
      bordered
      columns={compact ? compactColumns : columns}
      dataSource={rows}
      pagination={false}
      scroll={compact ? undefined : { x: 1100 }}
      locale={{ emptyText: '本事项无需提交申请材料' }}
    />
  );
}
