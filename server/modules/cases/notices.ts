// The written notices of a case (行政许可法 第三十二条: acceptance or refusal in writing;
// corrections told all at once, 一次性告知): 受理通知书, 不予受理通知书, 补正通知书.
// One pure function gives their content as structured text — title, paragraphs, a numbered
// list, labelled fields — which the printable HTML page renders now and a sealed PDF later.

export const NOTICE_KINDS = ['acceptance', 'refusal', 'correction'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_TITLES: Record<NoticeKind, string> = {
  acceptance: '受理通知书',
  refusal: '不予受理通知书',
  correction: '补正通知书',
};

/** What a notice is made from (gathered by notices-service.ts). Dates are YYYY-MM-DD (China). */
export interface NoticeFacts {
  caseNo: string;
  itemName: string;
  applicantName: string;
  /** 申请人类型 code: '1' a natural person (addressed 你), otherwise an organisation (你单位). */
  applicantType?: string;
  submittedOn: string;
  /** The department issuing it (实施主体). */
  issuer: string;
  /** The day of the step the notice records (acceptance, refusal, correction request). */
  issuedOn: string;
  acceptanceNo?: string | null;
  promisedDays?: number | null;
  promisedDeadline?: string | null;
  /** Refusal: the reason given. */
  reason?: string | null;
  /** Correction: every item to correct, each one line (一次性告知). */
  corrections?: string[];
}

export interface NoticeContent {
  kind: NoticeKind;
  title: string;
  /** The document's number: the acceptance number, or the case number it refers to. */
  docNo: string;
  addressee: string;
  paragraphs: string[];
  list: { title: string; items: string[] } | null;
  fields: Array<{ label: string; value: string }>;
  closing: string[];
  issuer: string;
  date: string;
}

/** 2026-03-05 → 2026年3月5日 */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function noticeContent(kind: NoticeKind, f: NoticeFacts): NoticeContent {
  const you = f.applicantType === '1' ? '你' : f.applicantType ? '你单位' : '你（单位）';
  const applied = `${you}于${chineseDate(f.submittedOn)}提出的“${f.itemName}”申请（办件编号：${f.caseNo}）`;
  const common = {
    kind, title: NOTICE_TITLES[kind], addressee: `${f.applicantName}：`, issuer: f.issuer, date: chineseDate(f.issuedOn),
  };
  const baseFields = [
    { label: '办件编号', value: f.caseNo },
    { label: '申请事项', value: f.itemName },
    { label: '申请人', value: f.applicantName },
    { label: '申请日期', value: chineseDate(f.submittedOn) },
  ];
  switch (kind) {
    case 'acceptance': {
      // 0 promised days: an item decided on the spot (即办件).
      const limit = f.promisedDays == null ? '按法定时限' : f.promisedDays === 0 ? '即办' : `${f.promisedDays} 个工作日`;
      const when = f.promisedDays == null ? '在法定期限内' : f.promisedDays === 0 ? '当日' : `自受理之日起 ${f.promisedDays} 个工作日内`;
      return {
        ...common,
        docNo: f.acceptanceNo ?? f.caseNo,
        paragraphs: [
          `${applied}，经审查，申请材料齐全、符合法定形式，决定予以受理。`,
          `本机关将${when}作出决定（依法需要听证、检验、检测、鉴定、专家评审和补正材料的时间不计算在内）。办理进度可在科政通“我的办件”中查询。`,
        ],
        list: null,
        fields: [
          { label: '受理编号', value: f.acceptanceNo ?? '' },
          ...baseFields,
          { label: '受理日期', value: chineseDate(f.issuedOn) },
          { label: '承诺办结时限', value: limit },
          ...(f.promisedDeadline ? [{ label: '承诺办结日期', value: chineseDate(f.promisedDeadline) }] : []),
        ],
        closing: ['特此通知。'],
      };
    }
    case 'refusal':
      return {
        ...common,
        docNo: f.caseNo,
        paragraphs: [`${applied}，经审查，决定不予受理。`, `理由：${f.reason?.trim() || '（未载明）'}`],
        list: null,
        fields: [...baseFields, { label: '决定日期', value: chineseDate(f.issuedOn) }],
        closing: ['如不服本决定，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。', '特此通知。'],
      };
    case 'correction': {
      const items = (f.corrections ?? []).filter((s) => s.trim() !== '');
      return {
        ...common,
        docNo: f.caseNo,
        paragraphs: [`${applied}，经审查，申请材料不齐全或者不符合法定形式。现将需要补正的全部内容一次性告知如下：`],
        list: { title: '需要补正的内容', items: items.length ? items : ['（未载明）'] },
        fields: [...baseFields, { label: '告知日期', value: chineseDate(f.issuedOn) }],
        closing: ['请按上述内容补正后，在科政通“我的办件”中重新提交。补正期间不计入办理时限。', '特此通知。'],
      };
    }
  }
}

/** One correction per line of an opinion (numbering and list marks dropped), when no itemised list was recorded. */
export function correctionsOf(opinion: string | null, recorded?: unknown): string[] {
  if (Array.isArray(recorded)) {
    return recorded.flatMap((r) => {
      if (typeof r === 'string') return [r];
      if (r && typeof r === 'object') {
        const o = r as Record<string, unknown>;
        const what = typeof o.name === 'string' ? o.name : typeof o.material === 'string' ? o.material : '';
        const why = typeof o.reason === 'string' ? o.reason : '';
        return what || why ? [[what, why].filter(Boolean).join('：')] : [];
      }
      return [];
    });
  }
  return (opinion ?? '')
    .split(/\r?\n|[；;]/)
    .map((s) => s.replace(/^\s*(?:\d+[.、．)]|[（(]\d+[)）]|[-*•])\s*/, '').trim())
    .filter((s) => s !== '');
}
