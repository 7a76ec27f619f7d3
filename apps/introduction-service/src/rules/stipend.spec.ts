import { gOn, monthlyBasis, stipendRate, yearlyOre } from './stipend';

// G from 1 May 2025: 130 160 NOK.
const G = 130_160;

describe('gOn', () => {
  it('changes on 1 May', () => {
    expect(gOn('2025-04-30')).toBe(124_028);
    expect(gOn('2025-05-01')).toBe(130_160);
  });
  it('refuses a day before the table starts', () => {
    expect(() => gOn('2020-01-01')).toThrow('No grunnbeløp configured for 2020-01-01');
  });
});

describe('stipendRate', () => {
  it('is full from the 25th birthday, reduced the day before when living alone or with parents', () => {
    expect(stipendRate('2001-06-01', '2026-06-01', 'alone')).toBe('full');
    expect(stipendRate('2001-06-02', '2026-06-01', 'alone')).toBe('under-25-alone');
    expect(stipendRate('2001-06-02', '2026-06-01', 'with-parents')).toBe('under-25-with-parents');
    expect(stipendRate('2001-06-02', '2026-06-01', 'other')).toBe('full');
  });
});

describe('monthlyBasis', () => {
  it('full stipend without absence: 2G = 260 320 NOK a year, 21 693.33 a month, 140.71 an hour', () => {
    // 26 032 000 øre / 12 = 2 169 333.33 → 2 169 333; / 1850 = 14 071.35 → 14 071
    expect(yearlyOre(G, 'full')).toBe(26_032_000);
    expect(monthlyBasis({ g: G, rate: 'full', unapprovedHundredths: 0 })).toEqual({
      g: G,
      rate: 'full',
      yearlyOre: 26_032_000,
      monthOre: 2_169_333,
      hourOre: 14_071,
      unapprovedHours: 0,
      deductionOre: 0,
      payableOre: 2_169_333,
      enkeltvedtakRequired: false,
    });
  });

  it('one unapproved day of 7.5 hours deducts 7.5 × 2G/1850 = 1 055.35 NOK', () => {
    // 7.5 × 26 032 000 / 1850 = 105 535.14 øre → 105 535
    const sut = monthlyBasis({ g: G, rate: 'full', unapprovedHundredths: 750 });
    expect(sut).toMatchObject({ deductionOre: 105_535, payableOre: 2_169_333 - 105_535, enkeltvedtakRequired: false });
  });

  it('under 25 alone is 2/3 and with parents 1/3 of 2G', () => {
    // 26 032 000 × 2/3 = 17 354 666.67 → 17 354 667; / 3 = 8 677 333.33 → 8 677 333
    expect(yearlyOre(G, 'under-25-alone')).toBe(17_354_667);
    expect(yearlyOre(G, 'under-25-with-parents')).toBe(8_677_333);
  });

  it('full stipend: a cut of 50 % needs an enkeltvedtak (half of G/6 is exactly G/12)', () => {
    // 50 % of the month: hours × 1/1850 ≥ 1/24 ⇔ hours ≥ 77.0833…; 77.09 h is over, 77.08 h under
    expect(monthlyBasis({ g: G, rate: 'full', unapprovedHundredths: 7_708 }).enkeltvedtakRequired).toBe(false);
    expect(monthlyBasis({ g: G, rate: 'full', unapprovedHundredths: 7_709 }).enkeltvedtakRequired).toBe(true);
  });

  it('under 25 alone (G/9 a month): 50 % is not enough, the cut must reach G/12 = 75 % of the month', () => {
    // G/12 of a yearly 4G/3: hours × (4G/3)/1850 ≥ G/12 ⇔ hours ≥ 1850/16 = 115.625
    expect(monthlyBasis({ g: G, rate: 'under-25-alone', unapprovedHundredths: 8_000 }).enkeltvedtakRequired).toBe(false);
    expect(monthlyBasis({ g: G, rate: 'under-25-alone', unapprovedHundredths: 11_562 }).enkeltvedtakRequired).toBe(false);
    expect(monthlyBasis({ g: G, rate: 'under-25-alone', unapprovedHundredths: 11_563 }).enkeltvedtakRequired).toBe(true);
  });

  it('under 25 with parents (G/18 a month): a cut can never reach G/12, so never an enkeltvedtak', () => {
    const sut = monthlyBasis({ g: G, rate: 'under-25-with-parents', unapprovedHundredths: 40_000 });
    expect(sut).toMatchObject({ enkeltvedtakRequired: false, payableOre: 0 });
    expect(sut.deductionOre).toBe(sut.monthOre);
  });
});
