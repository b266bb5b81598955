// J1 — 实验动物生产/使用许可 (seeds 000, 001): online initial review → expert online
// pre-review → correction per the experts (一次性告知) → online acceptance (the application
// PDF gets its "预审通过" watermark) → the paper arrives and is confirmed: acceptance complete
// → on-site inspection (counts toward the 20-working-day promise) → decision → licence.
import type { WorkflowDefinitionInput } from '../definition.ts';

export const labAnimalLicenceWorkflow: WorkflowDefinitionInput = {
  key: 'lab-animal-licence',
  // 2: expert panels, material and credit guards, documents (1, shipped 2026-11-23, stays stored for its cases)
  version: 2,
  name: '实验动物许可',
  initial: 'initial_review',
  states: {
    initial_review: { label: '待初审', phase: 'pending_acceptance', clock: 'none', queue: ['item_manager'] },
    // Expert steps: the reviewer draws or assigns the panel, each expert answers, the reviewer closes after 会签.
    expert_prereview: { label: '专家预审', phase: 'pending_acceptance', clock: 'none', queue: ['expert', 'item_manager'], experts: { min: 3, categories: [{ category: 'technical', atLeast: 2 }] } },
    correction: { label: '待补正', phase: 'pending_acceptance', clock: 'none', queue: ['applicant'] },
    online_acceptance: { label: '待网上受理', phase: 'pending_acceptance', clock: 'none', queue: ['item_manager'] },
    paper_pending: { label: '待收纸质材料', phase: 'pending_acceptance', clock: 'none', queue: ['item_manager', 'window_clerk'] },
    inspection: { label: '专家现场验收', phase: 'accepted', clock: 'running', queue: ['expert', 'item_manager'], experts: { min: 3, categories: [{ category: 'technical', atLeast: 2 }] } },
    decision: { label: '待审批决定', phase: 'accepted', clock: 'running', queue: ['decision_maker'] },
    licensed: { label: '已办结（准予许可，发证）', phase: 'concluded', clock: 'none', final: true },
    denied: { label: '已办结（不予许可）', phase: 'concluded', clock: 'none', final: true },
    refused: { label: '已办结（不予受理）', phase: 'concluded', clock: 'none', final: true },
    withdrawn: { label: '已撤回', phase: 'concluded', clock: 'none', final: true },
  },
  transitions: [
    { key: 'pass_initial', label: '初审通过，转专家预审', from: ['initial_review'], to: 'expert_prereview', takers: ['item_manager'], stepResult: '1' },
    { key: 'request_correction', label: '一次性告知补正', from: ['initial_review', 'expert_prereview'], to: 'correction', takers: ['item_manager'], guards: ['reasonGiven', 'expertsAnswered'], stepResult: '5', document: { kind: 'correction_notice', autoSeal: false } },
    { key: 'resubmit', label: '提交补正材料', from: ['correction'], to: 'initial_review', takers: ['applicant'] },
    { key: 'pass_prereview', label: '预审通过（专家意见会签）', from: ['expert_prereview'], to: 'online_acceptance', takers: ['item_manager'], guards: ['expertsAnswered'], stepResult: '1', stampApplication: { watermark: '预审通过', qr: true } },
    { key: 'accept_online', label: '网上受理（加注“预审通过”）', from: ['online_acceptance'], to: 'paper_pending', takers: ['item_manager'], guards: ['materialsComplete'], stepResult: '1' },
    { key: 'confirm_paper', label: '确认收到纸质材料，受理完成', from: ['paper_pending'], to: 'inspection', takers: ['item_manager', 'window_clerk'], guards: ['creditClear'], stepResult: '4', document: { kind: 'acceptance_notice', autoSeal: true }, paperReceipt: true },
    { key: 'finish_inspection', label: '现场验收完成（专家意见会签）', from: ['inspection'], to: 'decision', takers: ['item_manager'], guards: ['reasonGiven', 'expertsAnswered'], stepResult: '1' },
    { key: 'approve', label: '准予许可', from: ['decision'], to: 'licensed', takers: ['decision_maker'], guards: ['creditClear'], stepResult: '1', conclusion: '0', document: { kind: 'licence', autoSeal: true } },
    { key: 'deny', label: '不予许可', from: ['decision'], to: 'denied', takers: ['decision_maker'], guards: ['reasonGiven'], stepResult: '0', conclusion: '1' },
    { key: 'reject', label: '不予受理', from: ['initial_review', 'online_acceptance'], to: 'refused', takers: ['item_manager'], guards: ['reasonGiven'], stepResult: '3', conclusion: '6', document: { kind: 'refusal_notice', autoSeal: false } },
    { key: 'withdraw', label: '撤回申请', from: ['initial_review', 'expert_prereview', 'correction', 'online_acceptance', 'paper_pending'], to: 'withdrawn', takers: ['applicant'], conclusion: '5' },
  ],
};
