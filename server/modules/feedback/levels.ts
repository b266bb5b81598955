// The national 好差评 vocabulary (GB/T 39734/39735, 国办发〔2019〕51号): levels, indicators,
// channels, and the tags applicants pick. No imports: the web app uses it too.

/** Stored 5..1. The lower two are 差评. */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_LABELS: Record<RatingLevel, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
};

/** 差评: 不满意 or 非常不满意 — needs a reason, and with a name opens a follow-up. */
export const isBadRating = (level: number): boolean => level <= 2;

/** Indicators for an online service (a case) and for a visit on site (a window or office). */
export const ONLINE_INDICATORS = {
  overall: '整体满意度',
  efficiency: '办事效率',
  guideAccuracy: '办事指南精确度',
  convenience: '办事便捷度',
  usability: '平台操作性',
} as const;
export const ONSITE_INDICATORS = {
  serviceEfficiency: '服务效率',
  serviceLevel: '服务水平',
  serviceAttitude: '服务态度',
} as const;

/** 评价渠道: 1 PC, 2 移动端, 3 二维码, 4 政务大厅平板, 5 其他终端, 6 电话, 7 短信. */
export const RATING_CHANNELS = {
  '1': 'PC 端',
  '2': '移动端',
  '3': '二维码',
  '4': '政务大厅平板',
  '5': '其他终端',
  '6': '电话',
  '7': '短信',
} as const;
export type RatingChannel = keyof typeof RATING_CHANNELS;

/** Tags offered with a rating: praise for the upper levels, the usual complaints for the lower. */
export const GOOD_TAGS = ['办事效率高', '服务态度好', '一次办好', '材料精简', '指南清楚'] as const;
export const BAD_TAGS = ['办理时间长', '多次跑动', '材料要求多', '指南不清楚', '服务态度差', '系统不好用', '收费不合理'] as const;
export type RatingTag = (typeof GOOD_TAGS)[number] | (typeof BAD_TAGS)[number];

export const FOLLOWUP_STATE_LABELS = {
  open: '待回访',
  called_back: '已回访，整改中',
  rectified: '已整改，待申请人确认',
  confirmed: '申请人已确认',
  disputed: '申请人有异议',
  withdrawn: '申诉成立，已撤销',
} as const;
export type FollowupState = keyof typeof FOLLOWUP_STATE_LABELS;

export const APPEAL_STATE_LABELS = { pending: '待裁定', upheld: '申诉成立', rejected: '申诉不成立' } as const;
