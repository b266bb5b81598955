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

  it('takes the latest date of the text, and 上旬 / 中旬 as the 10th / 20th', () => {
    expect(deadlineFromText('2018年8月底前梳理出高频事项。2018年11月底前，在网上设置专栏')).toBe('2018-11-30');
    expect(deadlineFromText('2018年10月中旬实现首批对接')).toBe('2018-10-20');
    expect(deadlineFromText('2019年3月上旬')).toBe('2019-03-10');
    expect(deadlineFromText('2019年2月30日')).toBeNull();
  });

  it('joins rows broken over a page, offices broken over lines, and repeats a merged lead block', () => {
    const { tasks } = readTaskTable([
      ['序号', '专项行动', '相关内容', '具体任务', '牵头处室', '责任处室'],
      ['1', '一、打通信息孤岛', '<p>6. 推行“不见面审批”服务。对适宜的事项</p>', '涉及“安', '办公室', '计划处、高 新处、对外科 技合作处， 省情报所'],
      ['', '', '开展智能审批。', '徽省院士工作站备案”', '', ''],
      ['2', '', '7. 推出高频事项。', '', '', ''],
    ]);
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ action: '打通信息孤岛', title: '推行“不见面审批”服务。', content: '6. 推行“不见面审批”服务。对适宜的事项开展智能审批。 涉及“安徽省院士工作站备案”', responsibleOffices: ['计划处', '高新处', '对外科技合作处', '省情报所'] });
    expect(tasks[1]).toMatchObject({ row: 4, leadOffice: '办公室', responsibleOffices: ['计划处', '高新处', '对外科技合作处', '省情报所'] });
    const list = readTaskTable([
      ['事项', '重点任务', '牵头单位', '分管领导', '责任单位', '分管领导'],
      ['三、推进高效办成一件事', '1.深入推进“一网通办”。', '法制处', '徐涛', '合作处 成果处', '王振旭 胡 军'],
      ['', '2.加快电子证照共享调用。', '', '', '', ''],
    ]).tasks;
    expect(list[1]).toMatchObject({ action: '推进高效办成一件事', leadOffice: '法制处', leader: '徐涛', responsibleOffices: ['合作处', '成果处'] });
  });

  it('says what is wrong with a table it cannot read', () => {
    expect(readTaskTable([['名称', '备注'], ['a', 'b']]).errors[0]!.message).toContain('没有找到表头');
  });
});
