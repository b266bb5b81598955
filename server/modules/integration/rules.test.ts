// Pure rules of the integration module: backoff, which notice a step gives, templates, routing.
import { describe, expect, it } from 'vitest';
import { noticeKindOf } from './case-effects.ts';
import { retryDelaySeconds } from './outbox/backoff.ts';
import { adapterFor } from './outbox/worker.ts';
import { DEFAULT_TEMPLATES, render, unknownPlaceholders } from './notices/templates.ts';

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
