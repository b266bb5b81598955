// The case's header (办件编号, 事项, 状态, times) and 申请信息 (the submitted form).
import { Descriptions, Table } from 'antd';
import { Link } from 'react-router-dom';
import type { Case } from '../../../api/cases.ts';
import type { FormEntry } from '../../../api/applicationForms.ts';
import { formatDateTime } from '../../../format.ts';
import { SUBJECT_TYPE_LABEL } from '../../../identityLabels.ts';
import { CaseStateTag } from './CaseStateTag.tsx';
import { PHASE_LABEL } from './caseLabels.ts';

const APPLICANT_TYPE: Record<string, string> = { '1': SUBJECT_TYPE_LABEL.natural, '2': '企业法人', '3': '事业法人', '4': '社会组织法人', '5': '非法人企业', '6': '行政机关', '9': '其他组织' };

export function CaseHeader({ c }: { c: Case }) {
  return (
    <Descriptions
      data-testid="case-header"
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'no', label: '办件编号', children: <span className="mono" data-testid="case-no">{c.caseNo}</span> },
        { key: 'item', label: '事项', children: <Link to={`/items/${encodeURIComponent(c.itemCode)}`}>{c.itemName}</Link> },
        { key: 'state', label: '状态', children: <><CaseStateTag c={c} /><span className="muted small">{PHASE_LABEL[c.phase]}</span></> },
        { key: 'applicant', label: '申请人', children: `${c.applicant.name}（${APPLICANT_TYPE[c.applicant.type] ?? '申请人'}）` },
        { key: 'submitted', label: '提交时间', children: <>{formatDateTime(c.submittedAt)}{c.onBehalf && <span className="muted small" data-testid="case-on-behalf">（窗口代办）</span>}</> },
        ...(c.acceptanceNo ? [{ key: 'acceptanceNo', label: '受理编号', children: <span data-testid="acceptance-no">{c.acceptanceNo}</span> }] : []),
        ...(c.acceptedAt ? [{ key: 'accepted', label: '受理时间', children: formatDateTime(c.acceptedAt) }] : []),
        ...(c.concludedAt ? [{ key: 'concluded', label: '办结时间', children: formatDateTime(c.concludedAt) }] : []),
      ]}
    />
  );
}

/** 申请信息: the answers, labelled and ordered by the form of the item version the case follows. */
export function CaseForm({ entries }: { entries: FormEntry[] }) {
  if (entries.length === 0) return <span className="muted">无申请信息</span>;
  const items = entries.map((e) => ({
    key: e.key,
    label: e.label,
    children: e.table ? (
      e.table.rows.length === 0 ? <span className="muted">未填写</span> : (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          columns={e.table.columns.map((title, i) => ({ title, key: String(i), render: (_: unknown, row: string[]) => row[i] }))}
          dataSource={e.table.rows}
        />
      )
    ) : (
      <span className="guide-pre">{e.text || <span className="muted">未填写</span>}</span>
    ),
  }));
  return <Descriptions data-testid="case-form" bordered size="small" column={1} items={items} />;
}
