import { describe, expect, it } from 'vitest';
import { creditCodeProblem } from '../../../lib/codes/credit-code.ts';
import { idCardProblem } from '../../../lib/codes/id-card.ts';
import { DEMO_PASSWORD, STAFF_ROLES, demoAccounts, type DemoAccount, type StaffRole } from './demo-accounts.ts';

const legal = demoAccounts.filter((a): a is Extract<DemoAccount, { kind: 'legal' }> => a.kind === 'legal');
const staff = demoAccounts.filter((a): a is Extract<DemoAccount, { kind: 'staff' }> => a.kind === 'staff');
const enterprises = legal.flatMap((a) => a.enterprises);

describe('demo accounts', () => {
  it('have valid, synthetic Anhui ID numbers, each used once', () => {
    for (const a of demoAccounts) {
      expect(idCardProblem(a.idNumber), `${a.username} ${a.idNumber}`).toBeNull();
      expect(a.idNumber.slice(0, 2), a.username).toBe('34');
    }
    const ids = demoAccounts.map((a) => a.idNumber);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('have valid credit codes: 91340100… for companies, 12340000… for institutes', () => {
    for (const e of enterprises) {
      expect(creditCodeProblem(e.creditCode), `${e.name} ${e.creditCode}`).toBeNull();
      expect(e.creditCode, e.name).toMatch(e.name.endsWith('公司') ? /^91340100/ : /^12340000/);
    }
    expect(enterprises.some((e) => e.creditCode.startsWith('12'))).toBe(true);
    const codes = enterprises.map((e) => e.creditCode);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('have unique usernames and mobiles, all with the demo password', () => {
    const usernames = demoAccounts.map((a) => a.username);
    expect(new Set(usernames).size).toBe(usernames.length);
    for (const u of usernames) expect(u).toMatch(/^[a-z][a-z0-9-]*$/);
    const mobiles = demoAccounts.map((a) => a.mobile);
    expect(new Set(mobiles).size).toBe(mobiles.length);
    for (const m of mobiles) expect(m).toMatch(/^1380000\d{4}$/);
    for (const a of demoAccounts) expect(a.password).toBe(DEMO_PASSWORD);
  });

  it('include two natural persons and three legal-person accounts', () => {
    expect(demoAccounts.filter((a) => a.kind === 'natural')).toHaveLength(2);
    expect(legal).toHaveLength(3);
  });

  it('give every staff role to someone, and one person two roles', () => {
    const held = new Set<StaffRole>(staff.flatMap((a) => a.roles));
    expect([...held].sort()).toEqual([...STAFF_ROLES].sort());
    for (const role of STAFF_ROLES) {
      // (the expert pool has ten demo experts; every other role one person)
      expect(staff.filter((a) => a.roles.length === 1 && a.roles[0] === role), role).toHaveLength(role === 'expert' ? 10 : 1);
    }
    expect(staff.some((a) => a.roles.includes('item_manager') && a.roles.includes('decision_maker'))).toBe(true);
    expect(new Set(staff.map((a) => a.staffNo)).size).toBe(staff.length);
  });

  it('give every demo expert a pool profile with valid unit and relation credit codes, with 回避 to see', () => {
    const experts = staff.filter((a) => a.roles.includes('expert'));
    for (const a of experts) {
      expect(a.expert, a.username).toBeDefined();
      for (const code of [a.expert!.unitCreditCode, ...a.expert!.relations.map((r) => r.creditCode)]) {
        if (code) expect(creditCodeProblem(code), `${a.username} ${code}`).toBeNull();
      }
    }
    const codes = new Set(enterprises.map((e) => e.creditCode));
    expect(experts.some((a) => a.expert!.unitCreditCode && codes.has(a.expert!.unitCreditCode))).toBe(true);
    expect(experts.some((a) => a.expert!.relations.some((r) => r.creditCode && codes.has(r.creditCode)))).toBe(true);
    expect(experts.filter((a) => a.expert!.category === 'financial').length).toBeGreaterThanOrEqual(2);
  });

  it('let at least one legal account switch between enterprises', () => {
    expect(legal.some((a) => a.enterprises.length >= 2)).toBe(true);
  });

  it('name the account holder as legal representative where they act as one', () => {
    for (const a of legal) {
      expect(a.enterprises.length).toBeGreaterThan(0);
      for (const e of a.enterprises) {
        if (e.role === 'legal_representative') expect(e.legalRepresentative).toBe(a.name);
        else expect(e.legalRepresentative).not.toBe(a.name);
      }
    }
  });
});
