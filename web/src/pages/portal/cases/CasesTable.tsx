// A page of cases as a table (stacked into one column on phones), linking to each case.
import { Grid, Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Case } from '../../../api/cases.ts';
import { formatDateTime } from '../../../format.ts';
import { CaseStateTag } from './CaseStateTag.tsx';
import './cases.css';

interface Props {
  cases: Case[];
  loading: boolean;
  pagination: TablePaginationConfig;
  /** Where a case opens: /me/cases/:id or /workbench/cases/:id. */
  linkOf: (c: Case) => string;
  /** Staff see who applied. */
  showApplicant?: boolean;
  /** Extra cell (e.g. the actions) at the end of each row. */
  extra?: { title: string; render: (c: Case) => ReactNode };
  emptyText: string;
  testId: string;
  /** The deadline cell (staff queues). */
  deadline?: (c: Case) => ReactNode;
}

export function CasesTable({ cases, loading, pagination, linkOf, showApplicant, extra, emptyText, testId, deadline }: Props) {
  const compact = !Grid.useBreakpoint().md;
  const no = (c: Case) => (
    <Link to={linkOf(c)} className="mono" data-testid="case-link">
      {c.caseNo}
    </Link>
  );
  const columns: TableColumnsType<Case> = compact
    ? [
        {
          title: '办件',
          key: 'case',
          render: (_, c) => (
            <div className="case-cell">
              <div>{no(c)}</div>
              <div style={{ fontWeight: 500 }}>{c.itemName}</div>
              {showApplicant && <div className="small">申请人：{c.applicant.name}</div>}
              <div className="small muted">提交于 {formatDateTime(c.submittedAt)}</div>
              <CaseStateTag c={c} />
              {deadline?.(c)}
              {extra && <div style={{ marginTop: 6 }}>{extra.render(c)}</div>}
            </div>
          ),
        },
      ]
    : [
        { title: '办件编号', key: 'no', width: 230, render: (_, c) => no(c) },
        { title: '事项', dataIndex: 'itemName', key: 'item' },
        ...(showApplicant ? [{ title: '申请人', key: 'applicant', render: (_: unknown, c: Case) => c.applicant.name }] : []),
        { title: '状态', key: 'state', width: 180, render: (_, c) => <CaseStateTag c={c} /> },
        ...(deadline ? [{ title: '期限', key: 'deadline', width: 150, render: (_: unknown, c: Case) => deadline(c) }] : []),
        { title: '提交时间', dataIndex: 'submittedAt', key: 'at', width: 150, render: formatDateTime },
        ...(extra ? [{ title: extra.title, key: 'extra', render: (_: unknown, c: Case) => extra.render(c) }] : []),
      ];
  return (
    <Table<Case>
      data-testid={testId}
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={cases}
      pagination={{ showSizeChanger: false, hideOnSinglePage: false, size: compact ? 'small' : undefined, ...pagination }}
      scroll={compact ? undefined : { x: 'max-content' }}
      locale={{ emptyText }}
    />
  );
}
