import { describe, expect, test } from 'vitest';
import { splitResponsibilityCell, splitSupervisingCell } from '../../src/lib/parse/agency-cells.ts';

describe('splitSupervisingCell', () => {
  test('splits bodies at 、', () => {
    expect(splitSupervisingCell('海关总署、税务总局、商务部')).toEqual(['海关总署', '税务总局', '商务部']);
  });

  test('splits a body from the generic reference joined to it with 及', () => {
    expect(splitSupervisingCell('中央网信办、工信部、公安部、商务部及有关行业主管部门')).toEqual([
      '中央网信办',
      '工信部',
      '公安部',
      '商务部',
      '有关行业主管部门',
    ]);
    expect(splitSupervisingCell('证监会及联席会议其他成员')).toEqual(['证监会', '联席会议其他成员']);
  });

  test('keeps "-" as it stands', () => {
    expect(splitSupervisingCell('-')).toEqual(['-']);
  });

  test('refuses an empty name', () => {
    expect(splitSupervisingCell('商务部、')).toBeNull();
    expect(splitSupervisingCell('商务部、、统计局')).toBeNull();
  });
});

describe('splitResponsibilityCell', () => {
  test('units before the first ， lead and the units after it co-operate (measure 35)', () => {
    expect(splitResponsibilityCell('人行厦门中心支行、外汇局厦门市分局，市金融监管局')).toEqual({
      lead: ['人行厦门中心支行', '外汇局厦门市分局'],
      cooperating: ['市金融监管局'],
    });
  });

  test('a cell without ， has only leads', () => {
    expect(splitResponsibilityCell('人行厦门中心支行、外汇局厦门市分局')).toEqual({ lead: ['人行厦门中心支行', '外汇局厦门市分局'], cooperating: [] });
  });

  test('refuses a second ， or an empty name', () => {
    expect(splitResponsibilityCell('市商务局，自贸委，火炬管委会')).toBeNull();
    expect(splitResponsibilityCell('市商务局，')).toBeNull();
    expect(splitResponsibilityCell('，市商务局')).toBeNull();
  });
});
