// Words and tags for case materials.
import { Tag } from 'antd';
import type { MaterialState } from '../../../api/materials.ts';

export const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The 告知承诺 the applicant signs in place of a proof. */
export const commitmentText = (name: string) =>
  `本人（本单位）已知晓「${name}」的提交要求，现以告知承诺代替该材料，并郑重承诺：\n` +
  '1. 符合该材料所证明的条件，所填报的信息真实、准确、完整；\n' +
  '2. 审批部门核查或专家现场考察时，按要求提供相关原件；\n' +
  '3. 如承诺不实，愿意承担相应的法律责任，并接受撤销审批决定、记入信用记录等处理。';

export function materialStatusTag(m: MaterialState) {
  switch (m.status) {
    case 'uploaded':
      return <Tag color="green" data-testid="material-status">{m.reusedFrom ? '已复用' : '已上传'}</Tag>;
    case 'commitment':
      return <Tag color="blue" data-testid="material-status">告知承诺</Tag>;
    case 'tolerance':
      if (m.overdue) return <Tag color="red" data-testid="material-status">容缺·已逾期（应于 {m.supplyDeadline} 前补齐）</Tag>;
      return (
        <Tag color="orange" data-testid="material-status">
          {m.supplyDeadline ? `容缺·请于 ${m.supplyDeadline} 前补齐` : `容缺·受理后 ${m.toleranceSupplyDays ?? 5} 个工作日内补齐`}
        </Tag>
      );
    default:
      return m.required && m.fileFormats.length > 0 && m.form !== 'paper' ? <Tag color="default" data-testid="material-status">未提交</Tag> : null;
  }
}
