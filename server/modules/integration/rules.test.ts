// Pure rules of the integration module: backoff, which notice a step gives, templates, routing.
import { describe, expect, it } from 'vitest';
import { noticeKindOf } from './case-effects.ts';
import { retryDelaySeconds } from './outbox/backoff.ts';
import { adapterFor } from './outbox/worker.ts';
import { caseDeadlineText, DEFAULT_TEMPLATES, render, renderBody, unknownPlaceholders } from './notices/templates.ts';

describe('retry backoff', () => {
  const s = { baseSeconds: 5, maxSeconds: 3600 };
  it('doubles per attempt within ±20 % and stops at the cap', () => {
    expect(retryDelaySeconds(1, s, () => 0.5)).toBe(5);
    expect(retryDelaySeconds(4, s, () => 0.5)).toBe(40);
    expect(retryDelaySeconds(4, s, () => 0)).toBe(32);
    expect(retryDelaySeconds(4, s, () => 1)).toBeCloseTo(48);
    expect(retryDelaySeconds(30, s, () => 1)).toBe(3600);
  });
});

describe('notices of case steps', () => {
  it('names correction, acceptance, refusal and conclusion; a withdrawal tells nobody', () => {
    expect(noticeKindOf({ stepResult: '5' }, false)).toBe('correction_requested');
    expect(noticeKindOf({ stepResult: '4' }, true)).toBe('accepted');
    expect(noticeKindOf({ stepResult: '3', conclusion: '6' }, false)).toBe('refused');
    expect(noticeKindOf({ stepResult: '1', conclusion: '0' }, false)).toBe('concluded');
    expect(noticeKindOf({ stepResult: '0', conclusion: '1' }, false)).toBe('concluded');
    expect(noticeKindOf({ conclusion: '5' }, false)).toBeNull();
    expect(noticeKindOf({ stepResult: '1' }, false)).toBeNull();
  });
});

describe('templates', () => {
  it('fill known placeholders and refuse unknown ones', () => {
    expect(render('办件{caseNo}：{reason}{nothing}', { caseNo: 'A1', reason: '缺章' })).toBe('办件A1：缺章');
    expect(unknownPlaceholders('{caseNo}{caseNumber}{deadline}')).toEqual(['caseNumber']);
    for (const t of Object.values(DEFAULT_TEMPLATES)) expect([t.smsText, t.emailSubject, t.emailBody].flatMap(unknownPlaceholders)).toEqual([]);
  });

  it('leave no empty lines for a blank placeholder and no empty promised date', () => {
    // An approval without an opinion: {reason} is blank on a line of its own.
    expect(renderBody(DEFAULT_TEMPLATES.concluded!.emailBody, { applicantName: '某某研究院', itemName: '科技计划项目立项', caseNo: 'A1', result: '批准立项' }))
      .toBe('某某研究院：\n\n您申请的“科技计划项目立项”（办件编号 A1）已办结。\n办理结果：批准立项\n\n请登录科政通查看和下载结果。');
    expect(caseDeadlineText({ promised_deadline: '2026-12-30', promised_days: 20 })).toBe('2026-12-30');
    // The deadline falls in a year whose working-day calendar is not loaded yet.
    expect(caseDeadlineText({ promised_deadline: null, promised_days: 45 })).toBe('受理后第 45 个工作日');
    expect(render(DEFAULT_TEMPLATES.accepted!.smsText, { itemName: 'X', caseNo: 'A1', deadline: caseDeadlineText({ promised_deadline: null, promised_days: 45 }) }))
      .toBe('【科政通】您申请的“X”（办件编号A1）已受理，承诺办结日期受理后第 45 个工作日。');
  });
});

describe('adapter routing', () => {
  it('prefers an exact topic, then the longest prefix', () => {
    const a = async () => undefined;
    const b = async () => undefined;
    const c = async () => undefined;
    const adapters = { 'notice.*': a, 'notice.sms.*': b, 'platform.case': c };
    expect(adapterFor(adapters, 'notice.accepted')).toBe(a);
    expect(adapterFor(adapters, 'notice.sms.x')).toBe(b);
    expect(adapterFor(adapters, 'platform.case')).toBe(c);
    expect(adapterFor(adapters, 'platform.other')).toBeUndefined();
  });
});
