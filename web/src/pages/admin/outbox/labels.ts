// Chinese names of outbox statuses and topics.
import type { OutboxStatus } from '../../../api/integration.ts';

export const STATUS_LABELS: Record<OutboxStatus, { label: string; color: string }> = {
  pending: { label: '待投递', color: 'blue' },
  inflight: { label: '投递中', color: 'processing' },
  delivered: { label: '已送达', color: 'green' },
  dead: { label: '已失败', color: 'red' },
  discarded: { label: '已作废', color: 'default' },
};

export function topicLabel(topic: string): string {
  if (topic === 'platform.case') return '办件推送（省政务服务平台）';
  if (topic === 'credit.publicity') return '双公示（信用平台）';
  if (topic.startsWith('notice.')) return `通知：${topic.slice(7)}`;
  return topic;
}
