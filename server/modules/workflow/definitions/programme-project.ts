// J3 — 科技计划项目立项 (seed 000; standards: 申报 → 形式审查 → 专家评审 → 拟立项公示 →
// 下达立项): after the decision the department issues the sealed approval document
// (电子签章), the conclusion goes to the provincial platform and the applicant is told by SMS.
import type { WorkflowDefinitionInput } from '../definition.ts';

export const programmeProjectWorkflow: WorkflowDefinitionInput = {
  key: 'programme-project',
  // 2: expert panels, material and credit guards, documents (1, shipped 2026-11-23, stays stored for its cases)
  version: 2,
  name: '科技计划项目立项',
  initial: 'formal_review',
  states: {
    formal_review: { label: '形式审查', phase: 'pending_acceptance', clock: 'none', queue: ['item_manager'] },
    correction: { label: '待补正', phase: 'pending_acceptance', clock: 'none', queue: ['applicant'] },
    expert_review: { label: '专家评审', phase: 'accepted', clock: 'running', queue: ['expert', 'item_manager'], experts: { min: 5, categories: [{ category: 'technical', share: 0.6 }] } },
    publicity: { label: '拟立项公示', phase: 'accepted', clock: 'paused', queue: ['item_manager'] },
    decision: { label: '待立项决定', phase: 'accepted', clock: 'running', queue: ['decision_maker'] },
    approved: { label: '已办结（立项，立项通知已送达）', phase: 'concluded', clock: 'none', final: true },
    not_approved: { label: '已办结（不予立项）', phase: 'concluded', clock: 'none', final: true },
    refused: { label: '已办结（形式审查不通过）', phase: 'concluded', clock: 'none', final: true },
    withdrawn: { label: '已撤回', phase: 'concluded', clock: 'none', final: true },
  },
  transitions: [
    { key: 'pass_formal', label: '形式审查通过，受理', from: ['formal_review'], to: 'expert_review', takers: ['item_manager'], guards: ['materialsComplete', 'creditClear'], stepResult: '4' },
    { key: 'request_correction', label: '一次性告知补正', from: ['formal_review'], to: 'correction', takers: ['item_manager'], guards: ['reasonGiven'], stepResult: '5' },
    { key: 'resubmit', label: '提交补正材料', from: ['correction'], to: 'formal_review', takers: ['applicant'] },
    { key: 'finish_review', label: '专家评审完成（意见会签）', from: ['expert_review'], to: 'publicity', takers: ['item_manager'], guards: ['reasonGiven', 'expertsAnswered'], stepResult: '1' },
    { key: 'end_publicity', label: '公示期满无异议', from: ['publicity'], to: 'decision', takers: ['item_manager'] },
    { key: 'approve', label: '批准立项（下达立项通知）', from: ['decision'], to: 'approved', takers: ['decision_maker'], guards: ['creditClear'], stepResult: '1', conclusion: '0', document: { kind: 'project_approval', autoSeal: true } },
    { key: 'deny', label: '不予立项', from: ['decision', 'publicity'], to: 'not_approved', takers: ['decision_maker'], guards: ['reasonGiven'], stepResult: '0', conclusion: '1' },
    { key: 'reject', label: '形式审查不通过', from: ['formal_review'], to: 'refused', takers: ['item_manager'], guards: ['reasonGiven'], stepResult: '3', conclusion: '6' },
    { key: 'withdraw', label: '撤回申请', from: ['formal_review', 'correction'], to: 'withdrawn', takers: ['applicant'], conclusion: '5' },
  ],
};
