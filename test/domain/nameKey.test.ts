import { describe, expect, it } from 'vitest';
import { nameSortKey } from '../../api/domain/nameKey.js';

describe('name sort keys (lists sorted by 汉语拼音, not by code point)', () => {
  it('spells a name syllable by syllable with tone numbers, reading polyphones in context', () => {
    expect(nameSortKey('即墨区')).toBe('ji2 mo4 qu1');
    expect(nameSortKey('长城')).toBe('chang2 cheng2');
    expect(nameSortKey('重庆路')).toBe('chong2 qing4 lu4');
  });
  it('orders names as a phone book does: 李 before 王 before 张, whatever their code points', () => {
    const names = ['张伟', '王芳', '李娜', '艾琳', '赵磊'];
    expect([...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : 1))).toEqual(['艾琳', '李娜', '王芳', '张伟', '赵磊']);
    expect([...names].sort()).not.toEqual(['艾琳', '李娜', '王芳', '张伟', '赵磊']);
  });
  it('reads a person’s surname as a surname: 曾 zeng1, 单 shan4 (a company’s name as words)', () => {
    expect(nameSortKey('曾艳', { person: true })).toBe('zeng1 yan4');
    expect(nameSortKey('单雄', { person: true })).toBe('shan4 xiong2');
    expect(nameSortKey('曾经')).toBe('ceng2 jing1');
  });
  it('keeps letters and digits, lower-cased', () => {
    expect(nameSortKey('ABC人力资源公司2号')).toBe('abc ren2 li4 zi1 yuan2 gong1 si1 2 hao4');
  });
});
