// Data requests from other departments: the two kinds and their time limits, the states and
// their labels. No imports: the web app may use it too.

export const DATA_REQUEST_KINDS = ['direct', 'approval'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

/** Working days to answer, counted from the day after receipt. */
export const DATA_REQUEST_DAYS: Record<DataRequestKind, number> = { direct: 3, approval: 10 };

export const DATA_REQUEST_KIND_LABELS: Record<DataRequestKind, string> = {
  direct: '系统可直接提供的数据（3 个工作日）',
  approval: '须审批后提供的数据（10 个工作日）',
};

export const DATA_REQUEST_STATES = ['received', 'approved', 'answered', 'refused'] as const;
export type DataRequestState = (typeof DATA_REQUEST_STATES)[number];

export const DATA_REQUEST_STATE_LABELS: Record<DataRequestState, string> = {
  received: '待办理',
  approved: '已批准，待答复',
  answered: '已答复',
  refused: '不予提供',
};

export const isOpen = (s: DataRequestState): boolean => s === 'received' || s === 'approved';
