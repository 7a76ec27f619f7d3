import { mapRole } from './oidc.service';

describe('mapRole', () => {
  const provider = { roleMapping: { 'stavanger-boligkontor': 'housing-officer' as const, flyktninghelse: 'health-worker' as const } };
  const sut = (claim: unknown) => mapRole(provider, claim);

  it('maps a single value or the first known value of a list', () => {
    expect(sut('flyktninghelse')).toBe('health-worker');
    expect(sut(['alle-ansatte', 'stavanger-boligkontor', 'flyktninghelse'])).toBe('housing-officer');
  });

  it('maps nothing for unknown values, missing claims and prototype names', () => {
    expect(sut(['alle-ansatte'])).toBeUndefined();
    expect(sut(undefined)).toBeUndefined();
    expect(sut('constructor')).toBeUndefined();
    expect(sut({ admin: true })).toBeUndefined();
  });
});
