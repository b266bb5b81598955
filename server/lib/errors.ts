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
  FORM_INVALID: { status: 400, message: '申请信息填写有误' },
  APPLICATION_DRAFT_NOT_FOUND: { status: 404, message: '没有找到该事项的申请草稿' },
  FORM_NOT_EDITABLE: { status: 403, message: '只有申请人补正时可以修改申请信息' },
  CASE_CHANGED: { status: 409, message: '办件已被他人处理，请刷新后再试' },
  GUARD_FAILED: { status: 422, message: '办理条件未满足' },
  EXTENSION_NOT_ALLOWED: { status: 409, message: '只有已受理、尚未办结的办件可以延期' },
  EXTENSION_REASON_REQUIRED: { status: 422, message: '请填写延期理由' },
  EXTENSION_LIMIT_REACHED: { status: 409, message: '该办件的延期次数已用完' },
  EXTENSION_TOO_LONG: { status: 422, message: '延期天数超过该事项允许的上限' },
  REPORT_NOT_FOUND: { status: 404, message: '该日的时限汇总尚未生成' },
  APPLICANT_REQUIRED: { status: 403, message: '只有自然人或法人经办人可以提交申请' },
  APPLICANT_NAME_MISMATCH: { status: 422, message: '姓名与身份证号登记的姓名不一致，请核对证件' },
  ENTERPRISE_NAME_REQUIRED: { status: 400, message: '该单位尚未在平台登记，请按营业执照填写单位名称' },
  NOTICE_NOT_AVAILABLE: { status: 404, message: '该办件没有这份通知书' },
  MATERIAL_NOT_FOUND: { status: 404, message: '该事项没有这项申请材料' },
  MATERIAL_NOT_EDITABLE: { status: 409, message: '办件当前状态不能修改申请材料（仅在提交后受理前、补正时，或受理后补齐容缺材料时可以）' },
  MATERIAL_NO_UPLOAD: { status: 409, message: '该材料由系统获取或以纸质提交，无需上传' },
  MATERIAL_NOT_UPLOADED: { status: 404, message: '该材料尚未上传文件' },
  COMMITMENT_NOT_ALLOWED: { status: 409, message: '该材料不能以告知承诺代替，请上传材料' },
  TOLERANCE_NOT_ALLOWED: { status: 409, message: '该材料不允许容缺受理，请上传材料' },
  REUSE_SOURCE_NOT_FOUND: { status: 404, message: '没有找到可复用的材料（只能复用本人或本单位此前办件中已上传的文件）' },
  FILE_REQUIRED: { status: 400, message: '请以 multipart/form-data 上传一个 file 字段' },
  FILE_EMPTY: { status: 400, message: '上传的文件是空的' },
  FILE_TYPE_NOT_ALLOWED: { status: 415, message: '文件类型不符合该材料的要求' },
  EXPERT_NOT_FOUND: { status: 404, message: '专家库中没有该专家' },
  EXPERT_EXISTS: { status: 409, message: '该专家已在专家库中' },
  EXPERT_ROLE_REQUIRED: { status: 409, message: '只能为已授予专家角色的工作人员建立专家档案' },
  EXPERT_STEP_NOT_OPEN: { status: 409, message: '办件当前不在专家评审环节' },
  EXPERT_PANEL_LOCKED: { status: 409, message: '已有专家提交意见，不能重新指派或抽取' },
  EXPERT_POOL_INSUFFICIENT: { status: 409, message: '专家库不能满足该环节的专家组成规则' },
  EXPERT_COMPOSITION_INVALID: { status: 422, message: '所选专家不符合该环节的专家组成规则' },
  EXPERT_EXCLUDED: { status: 409, message: '所选专家须回避或不可用' },
  SEAL_NOT_FOUND: { status: 404, message: '印章不存在' },
  SEAL_P12_INVALID: { status: 400, message: '证书文件（PKCS#12）无法读取，请检查文件和密码' },
  SEAL_IMAGE_INVALID: { status: 400, message: '印章图片须为 PNG 格式' },
  SEAL_CERT_NOT_VALID: { status: 409, message: '印章证书不在有效期内' },
  SEAL_NOT_AVAILABLE: { status: 409, message: '没有可用于该事项的印章，或您无权使用该印章' },
  DOCUMENT_NOT_FOUND: { status: 404, message: '文书不存在' },
  DOCUMENT_NOT_APPLICABLE: { status: 409, message: '该办件当前不能出具这种文书' },
  LICENCE_NOT_FOUND: { status: 404, message: '未找到该证照' },
  LICENCE_CODE_INVALID: { status: 422, message: '证照码无效：签名校验未通过，可能被伪造或篡改' },
  LICENCE_ALREADY_REVOKED: { status: 409, message: '该证照已被注销' },
  DOCUMENT_NOT_READY: { status: 409, message: '文件正在生成中，请稍后再试' },
  DOC_TOKEN_INVALID: { status: 422, message: '二维码无效：不是本系统生成的申请材料二维码，或内容已被改动，请核对纸质材料来源' },
  DOC_VERSION_OUTDATED: { status: 409, message: '这是旧版本的打印件，与网上最新版本不一致，请申请人打印最新版本后再递交' },
  PAPER_NOT_EXPECTED: { status: 409, message: '办件当前不在等待纸质材料的环节' },
  BATCH_NOT_FOUND: { status: 404, message: '批次不存在' },
  BATCH_NOT_OPEN: { status: 409, message: '批次已寄出，不能再修改' },
  BATCH_NOT_MAILED: { status: 409, message: '批次尚未寄出或已签收完毕' },
  BATCH_EMPTY: { status: 409, message: '批次中还没有申请材料' },
  PAPER_ALREADY_BATCHED: { status: 409, message: '该申请已编入批次' },
  CALENDAR_YEAR_NOT_LOADED: { status: 409, message: '该年度工作日历尚未导入，请管理员导入后再试' },
  CALENDAR_YEAR_NOT_FOUND: { status: 404, message: '该年度工作日历尚未导入' },
  CODE_MISMATCH: { status: 400, message: '请求中的实施编码与地址不一致' },
  OUTBOX_NOT_FOUND: { status: 404, message: '消息不存在' },
  OUTBOX_NOT_DEAD: { status: 409, message: '只有已失败（死信）的消息可以重新投递' },
  OUTBOX_ALREADY_DONE: { status: 409, message: '消息已投递或已作废' },
  PLATFORM_NOT_CONFIGURED: { status: 409, message: '未配置省政务服务平台（PLATFORM_URL），无法对账' },
  RECONCILIATION_NOT_FOUND: { status: 404, message: '对账报告不存在' },
  NOTICE_TEMPLATE_NOT_FOUND: { status: 404, message: '通知模板不存在' },
  NOTICE_TEMPLATE_INVALID: { status: 400, message: '通知模板含有未知的占位符' },
  NOTICE_NOT_FOUND: { status: 404, message: '消息不存在' },
  SMS_RECEIPT_REJECTED: { status: 401, message: '短信回执校验失败' },
  CREDIT_LISTED: { status: 422, message: '申请人被列入严重失信主体名单或失信被执行人名单，依规不能继续办理（联合惩戒）' },
  CREDIT_UNAVAILABLE: { status: 503, message: '信用核查暂不可用，请稍后再试或由审批负责人说明理由后继续' },
  CREDIT_OVERRIDE_NOT_NEEDED: { status: 409, message: '该办件的信用核查结果无需说明理由' },
  CREDIT_IMPORT_INVALID: { status: 400, message: '失信名单文件格式有误' },
  SHARE_PURPOSE_REQUIRED: { status: 400, message: '请在 purpose 参数中说明调用目的（2–200 字）' },
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
