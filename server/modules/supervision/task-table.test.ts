import { describe, expect, it } from 'vitest';
import { deadlineFromText, readTaskTable } from './task-table.ts';

describe('task tables', () => {
  it('reads deadlines written in Chinese', () => {
    expect(deadlineFromText('2018年11月底前消除多入口注册')).toBe('2018-11-30');
    expect(deadlineFromText('完成时限：2020年9月30日。')).toBe('2020-09-30');
    expect(deadlineFromText('2019年2月')).toBe('2019-02-28');
    expect(deadlineFromText('2020年2月底前')).toBe('2020-02-29');
    expect(deadlineFromText('立行立改，长期坚持')).toBeNull();
    expect(deadlineFromText('2019年13月')).toBeNull();
  });

  it('maps Chinese headers, repeats merged actions, splits offices and marks long-term tasks', () => {
    const { tasks, errors } = readTaskTable([
      ['附件 2'],
      ['政务服务“只进一扇门”专项行动任务分解表'],
      ['序号', '专项行动', '相关内容', '牵头处室', '责任处室', '完成时限'],
      ['1', '推进线下“只进一扇门”专项行动', '14. 健全各级政务服务大厅。', '计划处', '审批办', '2018年12月底前'],
      ['2', '', '<p>16. 推进事项全部进驻中心。2019年6月底前完成。</p>', '计划处', '政策处、审批办', ''],
      ['3', '', '17. 提升窗口服务能力。', '法制处 转化中心', '合作处', '立行立改，长期坚持'],
      ['', '', '', '', '', ''],
      ['4', '其他', '18. 没有牵头处室的一行。', '', '', ''],
    ]);
    expect(errors).toEqual([]);
    expect(tasks).toHaveLength(4);
    expect(tasks[0]).toMatchObject({ row: 4, action: '推进线下“只进一扇门”专项行动', title: '健全各级政务服务大厅。', leadOffice: '计划处', responsibleOffices: ['审批办'], deadline: '2018-12-31', rhythm: null });
    expect(tasks[1]).toMatchObject({ action: '推进线下“只进一扇门”专项行动', content: '16. 推进事项全部进驻中心。2019年6月底前完成。', responsibleOffices: ['政策处', '审批办'], deadline: '2019-06-30' });
    expect(tasks[2]).toMatchObject({ leadOffice: '法制处', responsibleOffices: ['转化中心', '合作处'], deadline: null, rhythm: 'monthly' });
    // A lead office merged over several rows carries down, as in the notices' tables.
    expect(tasks[3]).toMatchObject({ action: '其他', leadOffice: '法制处' });
  });

  it('says what is wrong with a table it cannot read', () => {
    expect(readTaskTable([['名称', '备注'], ['a', 'b']]).errors[0]!.message).toContain('没有找到表头');
  });
});
