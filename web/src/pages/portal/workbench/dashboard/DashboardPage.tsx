// 数据看板: the department's figures for leaders and supervisors, computed by the server from
// the records for a period, an office and an item — cards, charts and the tables they come
// from, each table exportable as CSV or Excel.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Empty, Result, Row, Select, Space, Spin, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { canSeeDashboard, exportUrl, useDashboard, type Dashboard, type DashboardFilter } from '../../../../api/dashboard.ts';
import { useMe } from '../../../../api/session.ts';
import { EChart, type ChartOption } from '../../../../components/EChart.tsx';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { SignInRequired } from '../../../../components/SignInRequired.tsx';
import { formatPercent } from '../../../../format.ts';
import { usePageTitle } from '../../../../usePageTitle.ts';

const days = (x: number | null) => (x === null ? '—' : `${x} 个工作日`);
const LEVEL_COLOURS = ['#1677ff', '#52c41a', '#faad14', '#fa8c16', '#f5222d'];

function Figure({ title, value, testId, note, danger }: { title: string; value: string | number; testId?: string; note?: string; danger?: boolean }) {
  return (
    <Col xs={12} md={6} lg={4}>
      <Card size="small" className="dashboard-figure">
        <Statistic title={title} value={value} valueStyle={danger ? { color: '#cf1322' } : undefined} data-testid={testId} />
        {note && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{note}</Typography.Text>}
      </Card>
    </Col>
  );
}

function charts(d: Dashboard): Record<'trend' | 'satisfaction' | 'limits' | 'inquiries', ChartOption> {
  return {
    trend: {
      tooltip: { trigger: 'axis' },
      legend: { data: ['收件', '办结', '超期办结'] },
      grid: { left: 40, right: 16, bottom: 30, top: 40 },
      xAxis: { type: 'category', data: d.trend.map((t) => t.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '收件', type: 'bar', data: d.trend.map((t) => t.received) },
        { name: '办结', type: 'bar', data: d.trend.map((t) => t.concluded) },
        { name: '超期办结', type: 'line', data: d.trend.map((t) => t.concludedLate), itemStyle: { color: '#f5222d' } },
      ],
    },
    satisfaction: {
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0 },
      series: [{
        type: 'pie', radius: ['40%', '70%'], top: -20,
        data: d.satisfaction.byLevel.map((l, i) => ({ name: l.label, value: l.count, itemStyle: { color: LEVEL_COLOURS[i] } })),
      }],
    },
    limits: {
      tooltip: { trigger: 'axis' },
      grid: { left: 120, right: 24, bottom: 20, top: 20 },
      xAxis: { type: 'value', name: '工作日' },
      yAxis: { type: 'category', data: ['法定时限', '实际用时（有法定时限）', '承诺时限', '实际用时'] },
      series: [{
        type: 'bar',
        data: [d.cases.avgStatutoryDays, d.cases.avgUsedDaysStatutory, d.cases.avgPromisedDays, d.cases.avgUsedDays].map((v, i) => ({ value: v ?? 0, itemStyle: { color: i % 2 ? '#1677ff' : '#bfbfbf' } })),
        label: { show: true, position: 'right' },
      }],
    },
    inquiries: {
      tooltip: { trigger: 'axis' },
      legend: { data: ['按时答复', '超期答复', '超期未答复'] },
      grid: { left: 40, right: 16, bottom: 30, top: 40 },
      xAxis: { type: 'category', data: d.inquiries.byKind.map((k) => k.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '按时答复', type: 'bar', stack: 'a', data: d.inquiries.byKind.map((k) => k.answeredOnTime), itemStyle: { color: '#52c41a' } },
        { name: '超期答复', type: 'bar', stack: 'a', data: d.inquiries.byKind.map((k) => k.answeredLate), itemStyle: { color: '#faad14' } },
        { name: '超期未答复', type: 'bar', data: d.inquiries.byKind.map((k) => k.overdueOpen), itemStyle: { color: '#f5222d' } },
      ],
    },
  };
}

function Tables({ d, filter }: { d: Dashboard; filter: DashboardFilter }) {
  return (
    <Card size="small" title="明细表" style={{ marginTop: 12 }}>
      <Tabs
        items={d.tables.map((t) => ({
          key: t.key,
          label: t.title,
          children: (
            <>
              <Space style={{ marginBottom: 8 }}>
                <Button size="small" icon={<DownloadOutlined />} href={exportUrl(filter, t.key, 'csv')} data-testid={`export-${t.key}-csv`}>导出 CSV</Button>
                <Button size="small" icon={<DownloadOutlined />} href={exportUrl(filter, t.key, 'xlsx')} data-testid={`export-${t.key}-xlsx`}>导出 Excel</Button>
              </Space>
              <Table
                size="small"
                rowKey={(_, i) => String(i)}
                pagination={t.rows.length > 20 ? { pageSize: 20 } : false}
                scroll={{ x: 'max-content' }}
                dataSource={t.rows}
                columns={t.columns.map((c) => ({ key: c.key, dataIndex: c.key, title: c.label, render: (v: string | number | null) => v ?? '—' }))}
              />
            </>
          ),
        }))}
      />
    </Card>
  );
}

export default function DashboardPage() {
  usePageTitle('数据看板');
  const me = useMe();
  const allowed = canSeeDashboard(me.data);
  // (no period chosen: the server's default, this year up to today in China time)
  const [period, setPeriod] = useState<[Dayjs, Dayjs] | null>(null);
  const [office, setOffice] = useState<string | undefined>();
  const [itemCode, setItemCode] = useState<string | undefined>();
  const exportFilter = (d: Dashboard): DashboardFilter => ({ ...filter, from: d.filter.from, to: d.filter.to });
  const filter: DashboardFilter = { from: period?.[0].format('YYYY-MM-DD'), to: period?.[1].format('YYYY-MM-DD'), office, itemCode };
  const q = useDashboard(filter, allowed);
  const d = q.data;
  const chartOptions = useMemo(() => (d ? charts(d) : null), [d]);

  if (me.isPending) return <Spin />;
  if (!me.data) return <SignInRequired subTitle="登录后查看数据看板" returnTo="/workbench/dashboard" />;
  if (!allowed) return <Result status="403" title="没有权限" subTitle="数据看板供督办人员、审批负责人和系统管理员查看。" />;

  const items = (d?.options.items ?? []).filter((i) => !office || i.office === office);
  return (
    <div className="page dashboard-page">
      <Typography.Title level={3}>数据看板</Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <span>统计期间</span>
          <DatePicker.RangePicker allowClear={false} value={period ?? (d ? [dayjs(d.filter.from), dayjs(d.filter.to)] : null)} onChange={(v) => v?.[0] && v[1] && setPeriod([v[0], v[1]])} data-testid="dashboard-period" />
          <Select allowClear placeholder="全部处室" style={{ width: 180 }} value={office} onChange={(v) => { setOffice(v); setItemCode(undefined); }}
            options={(d?.options.offices ?? []).map((o) => ({ value: o, label: o }))} data-testid="dashboard-office" />
          <Select allowClear showSearch optionFilterProp="label" placeholder="全部事项" style={{ width: 280 }} value={itemCode} onChange={setItemCode}
            options={items.map((i) => ({ value: i.code, label: i.name }))} data-testid="dashboard-item" />
          {d?.scope.offices && <Tag color="blue">数据范围：{d.scope.offices.join('、')}</Tag>}
          {q.isFetching && <Spin size="small" />}
        </Space>
      </Card>
      {q.error && <ErrorAlert error={q.error} />}
      {!d ? <Spin /> : (
        <>
          <Typography.Title level={5}>办件</Typography.Title>
          <Row gutter={[12, 12]}>
            <Figure title="收件" value={d.cases.received} testId="dashboard-received" />
            <Figure title="受理" value={d.cases.accepted} />
            <Figure title="办结" value={d.cases.concluded} />
            <Figure title="按时办结率" value={formatPercent(d.cases.onTimeRate)} note={`按时 ${d.cases.concludedOnTime} · 超期 ${d.cases.concludedLate}`} />
            <Figure title="当前在办" value={d.cases.running} note="实时" />
            <Figure title="当前超期在办" value={d.cases.runningOverdue} danger={d.cases.runningOverdue > 0} note="实时，同工作台“已逾期”" testId="dashboard-running-overdue" />
            <Figure title="平均实际用时" value={days(d.cases.avgUsedDays)} note={`承诺 ${days(d.cases.avgPromisedDays)} · 法定 ${days(d.cases.avgStatutoryDays)}`} />
            <Figure title="零跑动事项占比" value={formatPercent(d.items.noVisitShare)} note={`${d.items.noVisit}/${d.items.published} 项 · 目标 ≥ 60%${d.items.met ? ' ✓' : ''}`} danger={!d.items.met && d.items.published > 0} />
            <Figure title="不见面办理占比" value={formatPercent(d.cases.noVisitShare)} note={`网上提交 ${d.cases.receivedOnline} 件`} />
            <Figure title="材料减免" value={d.materials.total} note={`免提交 ${d.materials.reuse} · 证照 ${d.materials.licence} · 告知承诺 ${d.materials.commitment}`} />
          </Row>
          <Typography.Title level={5} style={{ marginTop: 16 }}>好差评与督办</Typography.Title>
          <Row gutter={[12, 12]}>
            <Figure title="评价总数" value={d.satisfaction.total} testId="dashboard-ratings-total" />
            <Figure title="满意率" value={formatPercent(d.satisfaction.rate)} testId="dashboard-satisfaction-rate" note={`差评 ${d.satisfaction.bad}`} />
            <Figure title="差评整改率" value={formatPercent(d.rectification.rate)} note={`${d.rectification.rectified}/${d.rectification.followups} · 目标 100%`} danger={d.rectification.rate !== null && d.rectification.rate < 1} />
            <Figure title="投诉按时答复率" value={formatPercent(d.inquiries.complaintsOnTimeRate)} />
            <Figure title="督办任务逾期" value={d.tasks.overdue} danger={d.tasks.overdue > 0} note={`推进中 ${d.tasks.openOnTime} · 已销号 ${d.tasks.closed}`} />
          </Row>
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            <Col xs={24} lg={12}><Card size="small" title="月度收件与办结">{d.trend.length ? <EChart option={chartOptions!.trend} testId="chart-trend" /> : <Empty description="统计期间内没有办件" />}</Card></Col>
            <Col xs={24} lg={12}><Card size="small" title="满意度（按评价等级）">{d.satisfaction.total ? <EChart option={chartOptions!.satisfaction} testId="chart-satisfaction" /> : <Empty description="统计期间内没有评价" />}</Card></Col>
            <Col xs={24} lg={12}><Card size="small" title="平均用时与承诺、法定时限（工作日）"><EChart option={chartOptions!.limits} height={220} /></Card></Col>
            <Col xs={24} lg={12}><Card size="small" title="咨询投诉答复"><EChart option={chartOptions!.inquiries} height={220} /></Card></Col>
          </Row>
          <Tables d={d} filter={exportFilter(d)} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            统计期间 {d.filter.from} 至 {d.filter.to}。所有指标均由办件、评价、留言和督办任务记录实时计算；“当前在办”“当前超期在办”、督办任务为当前状态，不受统计期间限制。
          </Typography.Paragraph>
        </>
      )}
    </div>
  );
}
