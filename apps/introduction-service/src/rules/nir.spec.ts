import { type NirFacts, nirCsv, nirMissing } from './nir';

const granted: NirFacts = {
  participantId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
  personId: '7a2d2b63-63b4-4d4a-8b75-1d2c8f4e3b21',
  decision: 'granted',
  decidedOn: '2026-02-01',
  sluttmaalGroup: 'work-or-basic-education',
  contractSignedOn: '2026-02-10',
  planStart: '2026-02-15',
  planEnd: '2026-11-30',
  measures: [{ kind: 'norwegian', hoursPerWeek: 15, from: '2026-02-15', to: '2026-11-30' }],
  approvedAbsenceHours: 7.5,
  unapprovedAbsenceHours: 3,
  exitReason: null,
  exitOutcome: null,
  exitedOn: null,
  researchOptOut: false,
};

describe('nirMissing', () => {
  it('finds nothing missing while the plan runs', () => {
    expect(nirMissing(granted, '2026-11-30')).toEqual([]);
  });

  it('names the exit reason once the plan has ended without an exit', () => {
    expect(nirMissing(granted, '2026-12-01')).toEqual(['exitReason']);
  });

  it('names the decision, and for a granted plan the sluttmål, contract and measures', () => {
    expect(nirMissing({ ...granted, decision: null }, '2026-06-01')).toEqual(['decision']);
    expect(nirMissing({ ...granted, sluttmaalGroup: null, contractSignedOn: null, measures: [], planEnd: null }, '2026-06-01')).toEqual([
      'sluttmaalGroup',
      'contractSignedOn',
      'measures',
    ]);
  });
});

describe('nirCsv', () => {
  it('writes a header and one line per participant, with measures and missing joined by |', () => {
    const sut = nirCsv([{ ...granted, missing: ['exitReason'] }]);
    expect(sut.split('\n')[0]).toBe(
      'participantId;decision;decidedOn;sluttmaalGroup;contractSignedOn;planStart;planEnd;measures;approvedAbsenceHours;unapprovedAbsenceHours;exitReason;exitOutcome;exitedOn;researchOptOut;missing',
    );
    expect(sut.split('\n')[1]).toBe(
      '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10;granted;2026-02-01;work-or-basic-education;2026-02-10;2026-02-15;2026-11-30;norwegian:15:2026-02-15:2026-11-30;7.5;3;;;;false;exitReason',
    );
  });
});
