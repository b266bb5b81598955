// J2 — 高新技术企业认定 (seeds 000, 001): online initial review → the approved, stamped
// printout goes to the enterprise's service point (city bureau or high-tech zone), which
// batches and mails it → the receiving unit scans each QR code and confirms: acceptance
// complete → expert review → 10 working days of publicity (not counted) → recognition.
import type { WorkflowDefinitionInput } from '../definition.ts';

export const highTechRecognitionWorkflow: WorkflowDefinitionInput = {
  key: 'high-tech-recognition',
  // 3: 认定 seals and delivers the 高新技术企业认定通知书 (2: expert panels, material and credit
  // guards, documents; 1, shipped 2026-11-23 — both stay stored for their cases)
  version: 3,
  name: '高新技术企业认定',
  initial: 'initial_review',
  states: {
    initial_review: { label: '待初审', phase: 'pending_acceptance', clock: 'none', queue: ['item_manager'] },
    correction: { label: '待补正', phase: 'pending_acceptance', clock: 'none', queue: ['applicant'] },
    service_point: { label: '待受理点收件', phase: 'pending_acceptance', clock: 'none', queue: ['service_point_clerk'] },
    in_transit: { label: '寄送代收单位中', phase: 'pending_acceptance', clock: 'none', queue: ['receiving_unit_clerk'] },
    // 高企认定: at least 5 experts, at least 60 % technical, at least one financial (drawn or assigned by the reviewer).
    expert_review: {
      label: '专家评审', phase: 'accepted', clock: 'running', queue: ['expert', 'item_manager'],
      experts: { min: 5, categories: [{ category: 'technical', share: 0.6 }, { category: 'financial', atLeast: 1 }] },
    },
    // Publicity lasts 10 working days; unless someone acts first, it ends by itself (超时默认).
    publicity: { label: '公示中', phase: 'accepted', clock: 'paused', queue: ['item_manager'], autoApprove: { afterWorkingDays: 10, transition: 'end_publicity' } },
    decision: { label: '待认定决定', phase: 'accepted', clock: 'running', queue: ['decision_maker'] },
    recognized: { label: '已办结（认定为高新技术企业）', phase: 'concluded', clock: 'none', final: true },
    not_recognized: { label: '已办结（不予认定）', phase: 'concluded', clock: 'none', final: true },
    refused: { label: '已办结（不予受理）', phase: 'concluded', clock: 'none', final: true },
    withdrawn: { label: '已撤回', phase: 'concluded', clock: 'none', final: true },
  },
  transitions: [
    { key: 'pass_initial', label: '初审通过（生成带二维码的申报材料）', from: ['initial_review'], to: 'service_point', takers: ['item_manager'], guards: ['materialsComplete'], stepResult: '1', stampApplication: { watermark: '预审通过', qr: true } },
    { key: 'request_correction', label: '一次性告知补正', from: ['initial_review'], to: 'correction', takers: ['item_manager'], guards: ['reasonGiven'], stepResult: '5' },
    { key: 'resubmit', label: '提交补正材料', from: ['correction'], to: 'initial_review', takers: ['applicant'] },
    { key: 'service_point_received', label: '受理点收件并寄出', from: ['service_point'], to: 'in_transit', takers: ['service_point_clerk'], paperDispatch: true },
    { key: 'confirm_receipt', label: '代收单位确认收到，受理完成', from: ['in_transit'], to: 'expert_review', takers: ['receiving_unit_clerk'], guards: ['creditClear'], stepResult: '4', paperReceipt: true },
    { key: 'finish_review', label: '专家评审完成（意见会签）', from: ['expert_review'], to: 'publicity', takers: ['item_manager'], guards: ['reasonGiven', 'expertsAnswered'], stepResult: '1' },
    { key: 'end_publicity', label: '公示期满无异议', from: ['publicity'], to: 'decision', takers: ['item_manager', 'system'] },
    { key: 'approve', label: '认定', from: ['decision'], to: 'recognized', takers: ['decision_maker'], guards: ['creditClear'], stepResult: '1', conclusion: '0', document: { kind: 'recognition_notice', autoSeal: true } },
    { key: 'deny', label: '不予认定', from: ['decision', 'publicity'], to: 'not_recognized', takers: ['decision_maker'], guards: ['reasonGiven'], stepResult: '0', conclusion: '1' },
    { key: 'reject', label: '不予受理', from: ['initial_review'], to: 'refused', takers: ['item_manager'], guards: ['reasonGiven'], stepResult: '3', conclusion: '6' },
    { key: 'withdraw', label: '撤回申请', from: ['initial_review', 'correction', 'service_point'], to: 'withdrawn', takers: ['applicant'], conclusion: '5' },
  ],
};
