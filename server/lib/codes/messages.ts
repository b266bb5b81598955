// Chinese messages for what is wrong with a code, one per problem, for forms and API errors.
// No Node dependencies: the web app imports them too.
import type { CreditCodeProblem } from './credit-code.ts';
import type { IdCardProblem } from './id-card.ts';

export const ID_CARD_PROBLEM_MESSAGES: Record<IdCardProblem, string> = {
  LENGTH: '身份证号应为 18 位',
  CHARSET: '身份证号前 17 位应为数字，最后一位为数字或 X',
  REGION: '身份证号前两位不是有效的省级行政区划代码',
  BIRTH_DATE: '身份证号中的出生日期无效',
  CHECK_CHAR: '身份证号校验位不符，请检查是否输错',
};

export const CREDIT_CODE_PROBLEM_MESSAGES: Record<CreditCodeProblem, string> = {
  LENGTH: '统一社会信用代码应为 18 位',
  CHARSET: '统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）',
  CHECK_CHAR: '统一社会信用代码校验位不符，请检查是否输错',
  ORG_CHECK_CHAR: '统一社会信用代码第 9–17 位（组织机构代码）的校验位不符，请检查是否输错',
};
