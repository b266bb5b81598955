// One list of error codes, each with its HTTP status and a Chinese message for people.
// Services throw AppError; the HTTP layer maps it in one place (server/http/error-handler.ts).

export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: '请求参数有误' },
  ADMIN_TOKEN_REQUIRED: { status: 401, message: '请先登录管理后台' },
  ADMIN_TOKEN_INVALID: { status: 401, message: '管理令牌无效' },
  NOT_AUTHENTICATED: { status: 401, message: '请先登录' },
  TOKEN_INVALID: { status: 401, message: '访问令牌无效或已过期' },
  LOGIN_FAILED: { status: 401, message: '登录未完成或已失效，请重新登录' },
  CSRF_TOKEN_INVALID: { status: 403, message: '请求校验失败，请刷新页面后重试' },
  FORBIDDEN: { status: 403, message: '没有权限进行此操作' },
  ENTERPRISE_NOT_LINKED: { status: 403, message: '您未被授权代表该单位办理业务' },
  ROUTE_NOT_FOUND: { status: 404, message: '请求的接口不存在' },
  SESSION_NOT_FOUND: { status: 404, message: '会话不存在或已结束' },
  STAFF_NOT_FOUND: { status: 404, message: '工作人员不存在' },
  STAFF_EXISTS: { status: 409, message: '该人员已是工作人员' },
  STAFF_NO_TAKEN: { status: 409, message: '工号已被使用' },
  STAFF_SELF_CHANGE: { status: 409, message: '不能停用自己或撤销自己的管理员角色' },
  ITEM_NOT_FOUND: { status: 404, message: '事项不存在' },
  VERSION_NOT_FOUND: { status: 404, message: '事项版本不存在' },
  DRAFT_NOT_FOUND: { status: 404, message: '该事项没有草稿' },
  ITEM_EXISTS: { status: 409, message: '实施编码已存在' },
  VERSION_CONFLICT: { status: 409, message: '草稿已被他人修改，请刷新后再编辑' },
  VERSION_NOT_DRAFT: { status: 409, message: '只能发布草稿版本' },
  DRAFT_IS_ONLY_VERSION: { status: 409, message: '事项尚未发布过，不能放弃唯一的草稿' },
  CASE_NOT_FOUND: { status: 404, message: '办件不存在' },
  ITEM_NOT_APPLICABLE: { status: 409, message: '该事项暂不能网上申报' },
  IDEMPOTENCY_KEY_REQUIRED: { status: 400, message: '提交申请须带 Idempotency-Key 请求头（8–64 位字母、数字或 -_）' },
  IDEMPOTENCY_KEY_REUSED: { status: 409, message: '该提交标识已用于另一份申请' },
  TRANSITION_UNKNOWN: { status: 400, message: '流程中没有这一动作' },
  TRANSITION_NOT_ALLOWED: { status: 409, message: '办件当前状态不能执行该动作' },
  FORM_NOT_EDITABLE: { status: 403, message: '只有申请人补正时可以修改申请信息' },
  CASE_CHANGED: { status: 409, message: '办件已被他人处理，请刷新后再试' },
  GUARD_FAILED: { status: 422, message: '办理条件未满足' },
  APPLICANT_REQUIRED: { status: 403, message: '只有自然人或法人经办人可以提交申请' },
  MATERIAL_NOT_FOUND: { status: 404, message: '该事项没有这项申请材料' },
  MATERIAL_NOT_EDITABLE: { status: 409, message: '办件当前状态不能修改申请材料（仅在提交后受理前或补正时可以）' },
  MATERIAL_NO_UPLOAD: { status: 409, message: '该材料由系统获取或以纸质提交，无需上传' },
  MATERIAL_NOT_UPLOADED: { status: 404, message: '该材料尚未上传文件' },
  COMMITMENT_NOT_ALLOWED: { status: 409, message: '该材料不能以告知承诺代替，请上传材料' },
  FILE_REQUIRED: { status: 400, message: '请以 multipart/form-data 上传一个 file 字段' },
  FILE_EMPTY: { status: 400, message: '上传的文件是空的' },
  FILE_TYPE_NOT_ALLOWED: { status: 415, message: '文件类型不符合该材料的要求' },
  RATING_NOT_OPEN: { status: 409, message: '办件办结后才能评价' },
  RATING_EXISTS: { status: 409, message: '已经评价过，可以追加评价，但不能重复评价' },
  RATING_REASON_REQUIRED: { status: 400, message: '评价为“不满意”或“非常不满意”时，请选择原因或填写意见' },
  RATING_NOT_FOUND: { status: 404, message: '评价不存在' },
  RATING_POINT_NOT_FOUND: { status: 404, message: '评价二维码无效或该窗口已停用' },
  RATING_POINT_EXISTS: { status: 409, message: '该评价点编码已存在' },
  RATER_REQUIRED: { status: 400, message: '请登录、留下手机号，或使用本机访客标识后再评价' },
  FOLLOWUP_NOT_FOUND: { status: 404, message: '差评整改单不存在' },
  FOLLOWUP_STATE: { status: 409, message: '整改单当前状态不能执行该操作' },
  FOLLOWUP_CHANGED: { status: 409, message: '整改单已被他人处理，请刷新后再试' },
  APPEAL_EXISTS: { status: 409, message: '该评价已提出过申诉' },
  APPEAL_NOT_FOUND: { status: 404, message: '申诉不存在' },
  APPEAL_DECIDED: { status: 409, message: '该申诉已裁定' },
  INQUIRY_NOT_FOUND: { status: 404, message: '没有找到该留言，请核对受理编号和手机号' },
  INQUIRY_CONTACT_REQUIRED: { status: 400, message: '未登录时请留下姓名和手机号，以便答复' },
  INQUIRY_CHANGED: { status: 409, message: '该留言已被他人处理，请刷新后再试' },
  INQUIRY_ANSWERED: { status: 409, message: '该留言已答复' },
  INQUIRY_CLAIMED: { status: 409, message: '该留言已有首问负责人' },
  TASK_NOT_FOUND: { status: 404, message: '督办任务不存在' },
  TASK_TABLE_INVALID: { status: 400, message: '任务表格式不正确' },
  TASK_CLOSED: { status: 409, message: '该任务已销号' },
  TASK_NO_REPORT: { status: 409, message: '责任处室尚未报送进展，不能销号' },
  TASK_CHANGED: { status: 409, message: '任务已被他人修改，请刷新后再试' },
  CALENDAR_YEAR_NOT_LOADED: { status: 409, message: '该年度工作日历尚未导入，请管理员导入后再试' },
  CALENDAR_YEAR_NOT_FOUND: { status: 404, message: '该年度工作日历尚未导入' },
  CODE_MISMATCH: { status: 400, message: '请求中的实施编码与地址不一致' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '请求内容过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的内容类型，请使用 application/json' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '服务器内部错误，请稍后再试' },
  DB_UNAVAILABLE: { status: 503, message: '数据库暂不可用，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
}

/** A failure at start-up: printed as one line, then the process exits non-zero. */
export class StartupError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}
