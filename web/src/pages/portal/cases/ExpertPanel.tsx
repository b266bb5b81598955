// 专家评审 on the case page (staff only): the reviewer draws or assigns the panel by the step's
// rule; each assigned expert gives opinion, score and recommendation (editable until the step
// closes); the reviewer sees every answer side by side with the average score (会签).
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { EXCLUSION_REASONS, EXPERT_CATEGORY_LABELS, RECOMMENDATIONS, RECOMMENDATION_LABELS, type Recommendation } from '../../../../../server/modules/experts/categories.ts';
import { ApiError, errorMessage } from '../../../api/client.ts';
import { useCandidates, usePanel, usePanelMutations, type Candidate, type Panel, type PanelReview } from '../../../api/experts.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../format.ts';

const RECOMMENDATION_COLOR: Record<Recommendation, string> = { agree: 'green', agree_after_changes: 'gold', disagree: 'red' };

function PanelTable({ panel }: { panel: Panel }) {
  return (
    <div style={{ marginBottom: 16 }} data-testid="expert-panel">
      <Space wrap style={{ marginBottom: 8 }}>
        <strong>{panel.stateLabel}</strong>
        <Tag>{panel.method === 'draw' ? '随机抽取' : '人工指派'}</Tag>
        {panel.open ? <Tag color="processing">进行中</Tag> : <Tag>已结束</Tag>}
        <span className="small muted">{panel.rule}</span>
        <span className="small">已提交 {panel.answered}/{panel.total}</span>
        {panel.averageScore !== null && <span className="small" data-testid="expert-average">平均分 <strong>{panel.averageScore}</strong></span>}
        {panel.draw && <span className="small muted">专家库 {panel.draw.candidates} 人，回避 {panel.draw.excluded} 人</span>}
      </Space>
      <Table<PanelReview>
        rowKey="personId"
        size="small"
        pagination={false}
        dataSource={panel.reviews}
        scroll={{ x: 820 }}
        columns={[
          { title: '专家', dataIndex: 'name', width: 80 },
          { title: '类别', dataIndex: 'category', width: 90, render: (c: Panel['reviews'][number]['category']) => EXPERT_CATEGORY_LABELS[c] },
          { title: '单位', dataIndex: 'unitName', width: 160 },
          { title: '结论', dataIndex: 'recommendation', width: 100, render: (r: Recommendation | null) => (r ? <Tag color={RECOMMENDATION_COLOR[r]}>{RECOMMENDATION_LABELS[r]}</Tag> : <span className="muted">未提交</span>) },
          { title: '评分', dataIndex: 'score', width: 60, render: (s: number | null) => s ?? '—' },
          { title: '意见', dataIndex: 'opinion', render: (o: string | null) => <span className="guide-pre">{o ?? ''}</span> },
          { title: '提交时间', dataIndex: 'updatedAt', width: 150, render: (t: string | null) => (t ? formatDateTime(t) : '—') },
        ]}
      />
    </div>
  );
}

function AssignModal({ caseId, open, onClose }: { caseId: string; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const candidates = useCandidates(caseId, open);
  const { assign } = usePanelMutations(caseId);
  const [chosen, setChosen] = useState<string[]>([]);
  const submit = () =>
    assign.mutate(chosen, {
      onSuccess: () => {
        void message.success('已指派专家');
        onClose();
      },
    });
  return (
    <Modal title="人工指派专家" open={open} onCancel={onClose} onOk={submit} okText="指派" okButtonProps={{ disabled: chosen.length === 0, loading: assign.isPending }} width={760} destroyOnHidden>
      {candidates.data && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`组成规则：${candidates.data.rule.description}`} />}
      {assign.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(assign.error)} />}
      {candidates.error ? (
        <ErrorAlert error={candidates.error} />
      ) : (
        <Table<Candidate>
          rowKey="personId"
          size="small"
          loading={candidates.isPending}
          pagination={false}
          dataSource={candidates.data?.experts ?? []}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as string[]), getCheckboxProps: (r) => ({ disabled: r.excludedFor.length > 0 }) }}
          columns={[
            { title: '专家', dataIndex: 'name', width: 80 },
            { title: '类别', dataIndex: 'category', width: 90, render: (c: Candidate['category']) => EXPERT_CATEGORY_LABELS[c] },
            { title: '单位', dataIndex: 'unitName' },
            { title: '领域', dataIndex: 'fields', render: (f: string[]) => f.join('、') },
            { title: '回避', dataIndex: 'excludedFor', render: (r: Candidate['excludedFor']) => r.map((x) => <Tag key={x} color="red">{EXCLUSION_REASONS[x]}</Tag>) },
          ]}
        />
      )}
    </Modal>
  );
}

function AnswerForm({ caseId, mine }: { caseId: string; mine: PanelReview | undefined }) {
  const { message } = App.useApp();
  const { answer } = usePanelMutations(caseId);
  return (
    <Form
      layout="vertical"
      data-testid="expert-answer-form"
      initialValues={{ opinion: mine?.opinion ?? '', score: mine?.score ?? undefined, recommendation: mine?.recommendation ?? undefined }}
      onFinish={(v: { opinion: string; score: number; recommendation: Recommendation }) => answer.mutate(v, { onSuccess: () => void message.success('意见已提交') })}
    >
      <Typography.Title level={5}>我的评审意见{mine?.answeredAt && <span className="small muted">（已提交，评审环节结束前可修改）</span>}</Typography.Title>
      {answer.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(answer.error)} />}
      <Form.Item name="recommendation" label="结论" rules={[{ required: true, message: '请选择结论' }]}>
        <Radio.Group options={RECOMMENDATIONS.map((r) => ({ value: r, label: RECOMMENDATION_LABELS[r] }))} />
      </Form.Item>
      <Form.Item name="score" label="评分（0–100）" rules={[{ required: true, message: '请填写评分' }]}>
        <InputNumber min={0} max={100} precision={0} data-testid="expert-score" />
      </Form.Item>
      <Form.Item name="opinion" label="意见" rules={[{ required: true, min: 2, message: '请填写评审意见' }]}>
        <Input.TextArea rows={4} maxLength={4000} showCount data-testid="expert-opinion" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={answer.isPending} data-testid="expert-answer-submit">
        {mine?.answeredAt ? '修改意见' : '提交意见'}
      </Button>
    </Form>
  );
}

export function ExpertPanel({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const view = usePanel(caseId, true);
  const { draw } = usePanelMutations(caseId);
  const [assigning, setAssigning] = useState(false);
  // Nothing to show to someone who may not see the panels (e.g. staff outside the case's experts).
  if (view.error instanceof ApiError && view.error.status === 403) return null;
  if (view.error) return <Card className="guide-section" size="small" title="专家评审"><ErrorAlert error={view.error} onRetry={() => void view.refetch()} /></Card>;
  if (!view.data || (!view.data.step && view.data.panels.length === 0)) return null;
  const { step, canAssign, canAnswer, panels } = view.data;
  const current = panels.find((p) => p.open);
  const mine = current?.reviews.find((r) => r.mine);
  const locked = (current?.answered ?? 0) > 0;
  return (
    <Card className="guide-section" size="small" title="专家评审（会签）" data-testid="expert-section">
      {step && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }} items={[{ key: 'rule', label: `${step.stateLabel} · 专家组成规则`, children: step.rule }]} />
      )}
      {canAssign && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Popconfirm
            title={current ? '重新抽取将替换当前专家组，确定吗？' : '按组成规则从专家库随机抽取专家（自动回避）？'}
            onConfirm={() => draw.mutate(undefined, { onSuccess: () => void message.success('已随机抽取专家'), onError: (e) => void message.error(errorMessage(e)) })}
            disabled={locked}
          >
            <Button type="primary" loading={draw.isPending} disabled={locked} data-testid="expert-draw">
              随机抽取专家
            </Button>
          </Popconfirm>
          <Button onClick={() => setAssigning(true)} disabled={locked} data-testid="expert-assign">
            人工指派
          </Button>
          {locked && <span className="small muted">已有专家提交意见，不能再更换专家组</span>}
          {current && current.answered < current.total && <span className="small">尚有 {current.total - current.answered} 位专家未提交意见</span>}
        </Space>
      )}
      {canAnswer && <AnswerForm key={mine?.updatedAt ?? 'new'} caseId={caseId} mine={mine} />}
      {panels.length === 0 ? <div className="muted small">尚未指派专家</div> : panels.map((p) => <PanelTable key={p.id} panel={p} />)}
      {canAssign && <AssignModal caseId={caseId} open={assigning} onClose={() => setAssigning(false)} />}
    </Card>
  );
}
