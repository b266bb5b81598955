import { describe, expect, it } from 'vitest';
import { normaliseLicenceNo } from './service.ts';
import { licenceKindOfItem, licenceScopeFromForm, licenceStatus, validUntil } from './scope.ts';

describe('licence rules', () => {
  it('is valid for five years less a day, leap days included', () => {
    expect(validUntil('2026-03-02')).toBe('2031-03-01');
    expect(validUntil('2028-02-29')).toBe('2033-02-28');
    expect(validUntil('2026-01-01')).toBe('2030-12-31');
  });

  it('reads the scope from the form in its usual spellings', () => {
    expect(licenceScopeFromForm({ species: '小鼠、大鼠，豚鼠', grade: '屏障环境', facilityAddress: '合肥市' })).toEqual({ species: ['小鼠', '大鼠', '豚鼠'], grade: '屏障环境', facilityAddress: '合肥市' });
    expect(licenceScopeFromForm({ animalSpecies: ['兔'], environmentGrade: '普通环境', address: '芜湖市' })).toEqual({ species: ['兔'], grade: '普通环境', facilityAddress: '芜湖市' });
    expect(licenceScopeFromForm({}).grade).toBe('（见申请书）');
  });

  it('tells production from use licences, and valid from expired and revoked', () => {
    expect(licenceKindOfItem('实验动物生产许可证核发')).toBe('production');
    expect(licenceKindOfItem('实验动物使用许可证核发')).toBe('use');
    expect(licenceStatus({ status: 'valid', valid_until: '2031-03-01' }, '2031-03-01')).toBe('valid');
    expect(licenceStatus({ status: 'valid', valid_until: '2031-03-01' }, '2031-03-02')).toBe('expired');
    expect(licenceStatus({ status: 'revoked', valid_until: '2031-03-01' }, '2026-01-01')).toBe('revoked');
  });

  it('accepts licence numbers typed with half-width brackets, spaces or lower case', () => {
    expect(normaliseLicenceNo(' syxk(皖) 2026-0001 ')).toBe('SYXK（皖）2026-0001');
  });
});
