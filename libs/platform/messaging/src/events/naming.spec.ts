import { deadLetterSubject, defaultStreamName, durableName, serviceOfSubject } from './naming';

describe('naming', () => {
  it('derives the stream name from the service key', () => {
    expect(defaultStreamName('case-overview')).toBe('ANKOMST_CASE_OVERVIEW');
  });

  it('makes durable names without characters JetStream forbids', () => {
    const sut = durableName('introduction', 'ankomst.housing.household-settled.v1');
    expect(sut).toBe('introduction__ankomst_housing_household-settled_v1');
  });

  it('puts dead letters on the consuming service', () => {
    expect(deadLetterSubject('health')).toBe('ankomst.health.dead-letter.v1');
    expect(serviceOfSubject('ankomst.health.dead-letter.v1')).toBe('health');
  });
});
