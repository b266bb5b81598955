// Expert specialties and recommendations with their Chinese names.
// No imports: the web app and the workflow definitions use these too.

export const EXPERT_CATEGORIES = ['technical', 'financial', 'management', 'legal'] as const;
export type ExpertCategory = (typeof EXPERT_CATEGORIES)[number];

export const EXPERT_CATEGORY_LABELS: Record<ExpertCategory, string> = {
  technical: '技术专家',
  financial: '财务专家',
  management: '管理专家',
  legal: '法律专家',
};

export const RECOMMENDATIONS = ['agree', 'agree_after_changes', 'disagree'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  agree: '同意',
  agree_after_changes: '修改后同意',
  disagree: '不同意',
};

/** Why an expert may not review a case (回避): reason codes recorded with every draw. */
export const EXCLUSION_REASONS = {
  APPLICANT_SELF: '专家本人为申请人或经办人',
  SAME_UNIT: '专家所在单位即申请单位',
  DECLARED_RELATION: '专家申报了与申请单位的利害关系',
} as const;
export type ExclusionReason = keyof typeof EXCLUSION_REASONS;
