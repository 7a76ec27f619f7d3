import { countyMunicipalityView, type MunicipalityFigures } from './county-view';

const figures: MunicipalityFigures = {
  municipality: '1106',
  requested: { total: 80, unaccompaniedMinors: 10 },
  decided: { total: 60, unaccompaniedMinors: 8 },
  settled: { total: 30, unaccompaniedMinors: 6 },
  permitToSettlementDays: [100, 120, 140, 160, 180],
};

describe("the county governor's view of one municipality", () => {
  it('shows the figures as they are when no count is small', () => {
    expect(countyMunicipalityView(figures)).toEqual({
      municipality: '1106',
      requested: { total: 80, unaccompaniedMinors: 10 },
      decided: { total: 60, unaccompaniedMinors: 8 },
      settled: { total: 30, unaccompaniedMinors: 6 },
      percentOfDecided: 50,
      medianDaysPermitToSettlement: 140,
    });
  });

  it('suppresses 1–4 settled and everything derived from them', () => {
    const sut = countyMunicipalityView({ ...figures, settled: { total: 3, unaccompaniedMinors: 1 }, permitToSettlementDays: [90, 95, 99] });
    expect(sut.settled).toEqual({ total: '<5', unaccompaniedMinors: '<5' });
    expect(sut.percentOfDecided).toBeNull();
    expect(sut.medianDaysPermitToSettlement).toBeNull();
  });

  it('shows zero settled as zero and has no percentage without a decision', () => {
    const sut = countyMunicipalityView({
      ...figures,
      decided: null,
      settled: { total: 0, unaccompaniedMinors: 0 },
      permitToSettlementDays: [],
    });
    expect(sut.settled).toEqual({ total: 0, unaccompaniedMinors: 0 });
    expect(sut.percentOfDecided).toBeNull();
  });
});
