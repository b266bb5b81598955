// 信用核查 on the case page for reviewers: the latest result (clear / listed, source, time),
// the entries found, overrides with their reasons; check now; a decision maker overrides.
import { App, Button, Card, Descriptions, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { useCredit, useCreditCheck, useCreditOverride } from '../../../api/integration.ts';
import { formatDateTime } from '../../../format.ts';

const RESULT = { clear: { label: '未发现失信记录', color: 'green' }, listed: { label: '列入失信名单', color: 'red' }, unavailable: { label: '无法核查', color: 'orange' } } as const;
const LIST_KIND: Record<string, string> = { serious_dishonesty: '严重失信主体', judgment_defaulter: '失信被执行人' };
const sourceLabel = (s: string) => (s === 'platform' ? '信用平台' : s.startsWith('list') ? '导入的失信名单' : s === 'none' ? '未配置核查来源' : s);

export function CreditCheckCard({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const q = useCredit(caseId, true);
  const check = useCreditCheck(caseId);
  const override = useCreditOverride(caseId);
  const [reason, setReason] = useState<string | null>(null);
  if (q.isError || !q.data) return null; // not a reviewer: nothing to show
  const v = q.data;
  const latest = v.latest;
  return (
    <Card className="guide-section" size="small" title="信用核查（应查必查）" data-testid="credit-card"
      extra={<Button size="small" loading={check.isPending} onClick={() => check.mutate(undefined, { onError: (e) => void message.error(errorMessage(e)) })}>立即核查</Button>}>
      {latest ? (
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label="结果"><Tag color={RESULT[latest.result].color} data-testid="credit-result">{RESULT[latest.result].label}</Tag></Descriptions.Item>
          <Descriptions.Item label="来源">{sourceLabel(latest.source)}</Descriptions.Item>
          <Descriptions.Item label="核查时间">{formatDateTime(latest.checkedAt)}</Descriptions.Item>
          <Descriptions.Item label="失信处理规则">{v.rule === 'stop' ? '阻止办理（联合惩戒）' : '提示但可继续'}</Descriptions.Item>
          {latest.entries.map((e, i) => (
            <Descriptions.Item key={i} label={LIST_KIND[e.listKind] ?? e.listKind} span={2}>
              {e.name}：{e.reason ?? '—'}（{e.authority ?? '—'}，{e.listedOn ?? '—'} 列入）
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : (
        <p className="muted">尚未核查。受理和作出决定前系统会自动核查申请人信用。</p>
      )}
      {v.overrides.map((o) => (
        <p key={o.at} className="muted">已由审批负责人说明理由后继续办理（{formatDateTime(o.at)}）：{o.reason}</p>
      ))}
      {v.canOverride && (
        <Space><Button danger onClick={() => setReason('')} data-testid="credit-override">说明理由后继续办理</Button></Space>
      )}
      <Modal
        open={reason !== null}
        title="说明理由后继续办理"
        okText="确认"
        okButtonProps={{ disabled: (reason ?? '').trim().length < 5, loading: override.isPending }}
        onCancel={() => setReason(null)}
        onOk={() => override.mutate(reason!.trim(), { onSuccess: () => setReason(null), onError: (e) => void message.error(errorMessage(e)) })}
      >
        <p className="muted">理由将记入办件的审计记录。</p>
        <Input.TextArea rows={4} maxLength={1000} value={reason ?? ''} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Card>
  );
}
