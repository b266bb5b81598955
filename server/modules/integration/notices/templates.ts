// Notice templates (Chinese, edited by administrators): one per kind, for SMS and e-mail.
// Placeholders in braces are filled from the case: {caseNo} {itemName} {applicantName}
// {reason} {result} {deadline} {documentName} {link}. An unknown placeholder is refused on save.

export const PLACEHOLDERS = ['caseNo', 'itemName', 'applicantName', 'reason', 'result', 'deadline', 'documentName', 'link'] as const;
export type NoticeVars = Partial<Record<(typeof PLACEHOLDERS)[number], string>>;

export interface TemplateText {
  label: string;
  smsText: string;
  emailSubject: string;
  emailBody: string;
}

export const DEFAULT_TEMPLATES: Record<string, TemplateText> = {
  correction_requested: {
    label: '需要补正',
    smsText: '【科政通】您申请的“{itemName}”（办件编号{caseNo}）需要补正材料：{reason}。请登录科政通查看一次性告知内容并补正。',
    emailSubject: '办件{caseNo}需要补正材料',
    emailBody: '{applicantName}：\n\n您申请的“{itemName}”（办件编号 {caseNo}）需要补正材料。\n补正内容：{reason}\n\n请登录科政通查看一次性告知内容并提交补正材料。',
  },
  accepted: {
    label: '已受理',
    smsText: '【科政通】您申请的“{itemName}”（办件编号{caseNo}）已受理，承诺办结日期{deadline}。',
    emailSubject: '办件{caseNo}已受理',
    emailBody: '{applicantName}：\n\n您申请的“{itemName}”（办件编号 {caseNo}）已受理，承诺办结日期：{deadline}。\n办理进度可登录科政通查看。',
  },
  refused: {
    label: '不予受理',
    smsText: '【科政通】您申请的“{itemName}”（办件编号{caseNo}）不予受理，理由：{reason}。',
    emailSubject: '办件{caseNo}不予受理',
    emailBody: '{applicantName}：\n\n您申请的“{itemName}”（办件编号 {caseNo}）不予受理。\n理由：{reason}\n\n如有疑问，请按办事指南所列方式咨询。',
  },
  concluded: {
    label: '已办结',
    smsText: '【科政通】您申请的“{itemName}”（办件编号{caseNo}）已办结，结果：{result}。请登录科政通查看。',
    emailSubject: '办件{caseNo}已办结',
    emailBody: '{applicantName}：\n\n您申请的“{itemName}”（办件编号 {caseNo}）已办结。\n办理结果：{result}\n{reason}\n\n请登录科政通查看和下载结果。',
  },
  document_ready: {
    label: '文书可下载',
    smsText: '【科政通】您的办件{caseNo}的“{documentName}”已生成，请登录科政通下载。',
    emailSubject: '办件{caseNo}的{documentName}已生成',
    emailBody: '{applicantName}：\n\n您申请的“{itemName}”（办件编号 {caseNo}）的“{documentName}”已生成，请登录科政通下载。',
  },
  tolerance_deadline: {
    label: '容缺材料补交期限',
    smsText: '【科政通】您的办件{caseNo}容缺受理的材料须于{deadline}前补交，逾期将影响办理。',
    emailSubject: '办件{caseNo}容缺材料请于{deadline}前补交',
    emailBody: '{applicantName}：\n\n您申请的“{itemName}”（办件编号 {caseNo}）已容缺受理，所缺材料须于 {deadline} 前补交，逾期将影响办理。',
  },
  rating_invitation: {
    label: '评价邀请',
    smsText: '【科政通】您申请的“{itemName}”（办件编号{caseNo}）已办结，诚邀您对本次服务作出评价（好差评）：{link}',
    emailSubject: '请对办件{caseNo}的办理服务作出评价',
    emailBody: '{applicantName}：\n\n您申请的“{itemName}”（办件编号 {caseNo}）已办结。为改进政务服务，诚邀您对本次办理作出评价（好差评），每件只需评价一次：\n{link}',
  },
};

/** A kind without its own template (another module's new notice) uses this. */
export const FALLBACK_TEMPLATE: TemplateText = {
  label: '办件通知',
  smsText: '【科政通】您的办件{caseNo}有新的进展，请登录科政通查看。',
  emailSubject: '办件{caseNo}有新的进展',
  emailBody: '{applicantName}：\n\n您申请的“{itemName}”（办件编号 {caseNo}）有新的进展，请登录科政通查看。',
};

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
}

export function render(text: string, vars: NoticeVars): string {
  return text.replace(PLACEHOLDER, (_, name: string) => vars[name as keyof NoticeVars] ?? '');
}

/** A message body: as render, without the empty lines a blank placeholder on a line of its own leaves. */
export function renderBody(text: string, vars: NoticeVars): string {
  return render(text, vars).replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * {deadline} of a case: its promised date, or — when it cannot be computed yet (the working-day
 * calendar of that year is not loaded) — the promised working days, never an empty 「承诺办结日期：。」.
 */
export function caseDeadlineText(c: { promised_deadline: string | null; promised_days: number | null } | undefined): string {
  if (c?.promised_deadline) return c.promised_deadline;
  return c?.promised_days ? `受理后第 ${c.promised_days} 个工作日` : '';
}
