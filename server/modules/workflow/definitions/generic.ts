// The workflow of items without a specific one: initial review with correction, acceptance,
// decision, conclusion. Fits most 公共服务 and 其他行政权力 items of the department.
import type { WorkflowDefinitionInput } from '../definition.ts';

export const genericWorkflow: WorkflowDefinitionInput = {
  key: 'generic',
  // 2: expert panels, material and credit guards, documents (1, shipped 2026-11-23, stays stored for its cases)
  version: 2,
  name: '通用审批流程',
  initial: 'initial_review',
  states: {
    initial_review: { label: '待初审', phase: 'pending_acceptance', clock: 'none', queue: ['item_manager', 'window_clerk'] },
    correction: { label: '待补正', phase: 'pending_acceptance', clock: 'none', queue: ['applicant'] },
    decision: { label: '待决定', phase: 'accepted', clock: 'running', queue: ['decision_maker'] },
    approved: { label: '已办结（准予）', phase: 'concluded', clock: 'none', final: true },
    refused: { label: '已办结（不予受理）', phase: 'concluded', clock: 'none', final: true },
    denied: { label: '已办结（不予许可）', phase: 'concluded', clock: 'none', final: true },
    withdrawn: { label: '已撤回', phase: 'concluded', clock: 'none', final: true },
  },
  transitions: [
    { key: 'accept', label: '受理', from: ['initial_review'], to: 'decision', takers: ['item_manager', 'window_clerk'], guards: ['materialsComplete', 'creditClear'], stepResult: '4' },
    { key: 'request_correction', label: '退回补正', from: ['initial_review'], to: 'correction', takers: ['item_manager', 'window_clerk'], guards: ['reasonGiven'], stepResult: '5' },
    { key: 'resubmit', label: '提交补正材料', from: ['correction'], to: 'initial_review', takers: ['applicant'] },
    { key: 'reject', label: '不予受理', from: ['initial_review'], to: 'refused', takers: ['item_manager', 'window_clerk'], guards: ['reasonGiven'], stepResult: '3', conclusion: '6' },
    { key: 'approve', label: '准予', from: ['decision'], to: 'approved', takers: ['decision_maker'], guards: ['creditClear'], stepResult: '1', conclusion: '0' },
    { key: 'deny', label: '不予许可', from: ['decision'], to: 'denied', takers: ['decision_maker'], guards: ['reasonGiven'], stepResult: '0', conclusion: '1' },
    { key: 'withdraw', label: '撤回申请', from: ['initial_review', 'correction'], to: 'withdrawn', takers: ['applicant'], conclusion: '5' },
  ],
};
