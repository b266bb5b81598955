import { describe, expect, it } from 'vitest';
import { maskIdCard, maskMobile, maskName } from './mask.ts';

describe('maskIdCard', () => {
  it('keeps the first 4 and last 4 characters', () => {
    expect(maskIdCard('340104199003071235')).toBe('3401**********1235');
    expect(maskIdCard('34010419690228007X')).toBe('3401**********007X');
  });

  it('masks a 15-digit first-generation number the same way', () => {
    expect(maskIdCard('340104900307123')).toBe('3401*******7123');
  });

  it('masks short input whole and never throws', () => {
    expect(maskIdCard('12345678')).toBe('********');
    expect(maskIdCard('123456789')).toBe('1234*6789');
    expect(maskIdCard('')).toBe('');
    expect(maskIdCard(null)).toBe('');
    expect(maskIdCard(undefined)).toBe('');
  });
});

describe('maskMobile', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });

  it('handles other lengths without giving the number away', () => {
    expect(maskMobile('+8613812345678')).toBe('+86*******5678');
    expect(maskMobile('1234567')).toBe('*******');
    expect(maskMobile('12345678')).toBe('123*5678');
    expect(maskMobile('')).toBe('');
    expect(maskMobile(null)).toBe('');
  });
});

describe('maskName', () => {
  it('keeps the first character', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳修')).toBe('欧**');
    expect(maskName('买买提·艾力')).toBe('买*****');
  });

  it('masks a one-character name whole', () => {
    expect(maskName('张')).toBe('*');
  });

  it('counts characters outside the BMP as one', () => {
    expect(maskName('𠮷田')).toBe('𠮷*');
    expect(maskName('李𠮷')).toBe('李*');
  });

  it('handles empty and missing names', () => {
    expect(maskName('')).toBe('');
    expect(maskName(undefined)).toBe('');
  });
});
