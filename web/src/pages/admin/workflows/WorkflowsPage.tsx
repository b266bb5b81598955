// 流程: every shipped workflow drawn as a diagram, with its version and how to read it.
import { Card, Skeleton, Space, Tabs, Tag } from 'antd';
import { useWorkflows } from '../../../api/desk.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../../usePageTitle.ts';
import { WorkflowDiagram } from './WorkflowDiagram.tsx';

export default function WorkflowsPage() {
  usePageTitle('流程');
  const workflows = useWorkflows();
  if (workflows.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (workflows.isError) return <ErrorAlert error={workflows.error} onRetry={() => void workflows.refetch()} />;
  return (
    <>
      <h1 className="section-title">流程</h1>
      <p className="muted">
        方框为环节（名称；全国平台办件状态 · 时限计时；办理角色），粗框为起始环节，圆角为办结环节；箭头为办理动作（动作名称；可办理的角色）。
      </p>
      <Space style={{ marginBottom: 12 }}>
        <Tag color="blue">待受理</Tag>
        <Tag color="orange">已受理</Tag>
        <Tag color="green">已办结</Tag>
      </Space>
      <Tabs
        data-testid="workflow-tabs"
        items={workflows.data.workflows.map((w) => ({
          key: `${w.key}@${w.version}`,
          label: `${w.name}（第 ${w.version} 版）`,
          children: (
            <Card size="small" title={`${w.name} · ${w.key} · 第 ${w.version} 版`}>
              <WorkflowDiagram workflow={w} />
            </Card>
          ),
        }))}
      />
    </>
  );
}
