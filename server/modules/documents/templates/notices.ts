// The text of the notices (受理通知书, 不予受理通知书, 补正通知书, 项目立项通知) as pure
// functions of the case: no database, no PDF. The renderer lays them out; tests read them.
// (The desk's notice wording may replace these: the integrator unifies the two.)
import type { DocumentKind } from './kinds.ts';
import { chineseDate, DEPARTMENT } from './department.ts';

export interface NoticeCase {
  caseNo: string;
  itemName: string;
  applicantName: string;
  /** yyyy-MM-dd (China time). */
  submittedOn: string;
  /** The reason or opinion recorded with the step (补正 items, refusal reason). */
  opinion: string | null;
  promisedDays: number | null;
  promisedDeadline: string | null;
  form: Record<string, unknown>;
}

export interface NoticeContent {
  title: string;
  docNo: string;
  addressee: string;
  paragraphs: string[];
  /** Extra lines printed small under the body (case number, where to ask). */
  footnotes: string[];
  department: string;
  dateText: string;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The project name of a J3 application, whichever key the form used. */
export function projectNameOf(form: Record<string, unknown>): string | null {
  return text(form.projectName) ?? text(form.project_name) ?? text(form.name);
}

export function noticeContent(kind: Exclude<DocumentKind, 'licence'>, c: NoticeCase, issue: { date: string; docNo: string }): NoticeContent {
  const base = {
    docNo: issue.docNo,
    addressee: `${c.applicantName}：`,
    department: DEPARTMENT.name,
    dateText: chineseDate(issue.date),
    footnotes: [`办件编号：${c.caseNo}`, '可登录科政通查询办理进度、下载本文书；扫描文书上的印章可查看签章信息。'],
  };
  const submitted = chineseDate(c.submittedOn);
  switch (kind) {
    case 'acceptance_notice':
      return {
        ...base,
        title: '受理通知书',
        paragraphs: [
          `你（单位）于${submitted}提出的“${c.itemName}”申请，经审查，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。`,
          c.promisedDays !== null
            ? `本机关将自受理之日起 ${c.promisedDays} 个工作日内作出决定${c.promisedDeadline ? `（最迟于${chineseDate(c.promisedDeadline)}前）` : ''}；依法需要听证、检验、检测、鉴定和专家评审的，所需时间不计算在内。`
            : '本机关将在法定期限内作出决定。',
        ],
      };
    case 'refusal_notice':
      return {
        ...base,
        title: '不予受理通知书',
        paragraphs: [
          `你（单位）于${submitted}提出的“${c.itemName}”申请，经审查，决定不予受理。`,
          `理由：${c.opinion ?? '申请事项不属于本机关职权范围或申请材料不符合要求。'}`,
          '如对本决定不服，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。',
        ],
      };
    case 'correction_notice':
      return {
        ...base,
        title: '补正材料通知书',
        paragraphs: [
          `你（单位）于${submitted}提出的“${c.itemName}”申请，经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，现一次性告知需要补正的全部内容：`,
          c.opinion ?? '（见办件中的补正意见）',
          '请在科政通办件页面补正后重新提交。补正期间不计入办理时限。',
        ],
      };
    case 'project_approval': {
      const project = projectNameOf(c.form);
      return {
        ...base,
        title: '项目立项通知',
        paragraphs: [
          `你单位申报的${project ? `“${project}”` : ''}项目（${c.itemName}），经形式审查、专家评审和拟立项公示，公示期内无异议，现批准立项。`,
          '请你单位按照项目管理有关规定，在收到本通知后及时签订项目任务书，落实配套条件，确保项目按期完成。',
        ],
      };
    }
    case 'recognition_notice':
      // 国科发火〔2016〕32号 第九、十、十二条: publicity, the certificate, three years, the yearly report.
      return {
        ...base,
        title: '高新技术企业认定通知书',
        paragraphs: [
          `你单位于${submitted}提出的“${c.itemName}”申请，经审查、专家评审，并在“高新技术企业认定管理工作网”公示 10 个工作日无异议，根据《高新技术企业认定管理办法》（国科发火〔2016〕32号）的规定，认定你单位为高新技术企业。`,
          '高新技术企业资格自颁发证书之日起有效期为三年。统一印制的《高新技术企业证书》由认定机构另行颁发；你单位可凭认定结果依法享受减按 15% 税率征收企业所得税等优惠政策。',
          '请于每年 5 月底前在“高新技术企业认定管理工作网”填报上一年度知识产权、科技人员、研发费用、经营收入等年度发展情况报表；发生更名或与认定条件有关的重大变化的，应在三个月内向认定机构报告。',
        ],
      };
  }
}
