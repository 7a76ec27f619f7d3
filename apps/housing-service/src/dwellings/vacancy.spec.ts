import { quarterOf } from '@ankomst/contracts';
import { vacancy, vacancyByQuarter } from './vacancy';

const q1 = quarterOf(2025, 1); // 90 days

describe('vacancy', () => {
  it('is 0 % when every dwelling is let the whole quarter', () => {
    const sut = vacancy([{ availableFrom: '2020-01-01', retiredOn: null, tenancies: [{ startDate: '2024-06-01', endDate: null }] }], q1);
    expect(sut).toEqual({ dwellings: 1, vacancyPercent: 0 });
  });

  it('weights vacant days: one of two dwellings empty for 9 of 90 days = 5 %', () => {
    const sut = vacancy(
      [
        { availableFrom: '2020-01-01', retiredOn: null, tenancies: [{ startDate: '2019-01-01', endDate: null }] },
        {
          availableFrom: '2020-01-01',
          retiredOn: null,
          tenancies: [
            { startDate: '2024-01-01', endDate: '2025-01-31' },
            { startDate: '2025-02-10', endDate: null },
          ],
        },
      ],
      q1,
    );
    expect(sut).toEqual({ dwellings: 2, vacancyPercent: 5 });
  });

  it('counts only the days a dwelling was in the stock', () => {
    // Available from 1 March (31 days in Q1), never let: 31 vacant of 31.
    const sut = vacancy([{ availableFrom: '2025-03-01', retiredOn: null, tenancies: [] }], q1);
    expect(sut).toEqual({ dwellings: 1, vacancyPercent: 100 });
  });

  it('ignores dwellings retired before the quarter and reports null for an empty stock', () => {
    expect(vacancy([{ availableFrom: '2020-01-01', retiredOn: '2024-12-31', tenancies: [] }], q1)).toEqual({
      dwellings: 0,
      vacancyPercent: null,
    });
  });
});

describe('vacancyByQuarter', () => {
  it('compares each quarter with the target', () => {
    const stock = [
      { availableFrom: '2020-01-01', retiredOn: null, tenancies: [{ startDate: '2020-01-01', endDate: '2025-06-30' }] },
      { availableFrom: '2020-01-01', retiredOn: null, tenancies: [{ startDate: '2020-01-01', endDate: null }] },
    ];
    const sut = vacancyByQuarter(stock, 2025, 4);
    expect(sut.map((q) => [q.quarter, q.vacancyPercent, q.withinTarget])).toEqual([
      ['2025-Q1', 0, true],
      ['2025-Q2', 0, true],
      ['2025-Q3', 50, false],
      ['2025-Q4', 50, false],
    ]);
  });
});
