import { guideRequestByRefugee, volunteerSignUp } from '@ankomst/contracts/volunteering';
import { BAERUM_SHAPE, demoVolunteers, demoWaiting } from './demo-volunteers';
import { Random } from './random';

describe('volunteering demo data', () => {
  const sut = demoVolunteers(new Random(3), '3201', '2026-11-23');
  const waiting = demoWaiting(new Random(3), '3201');

  it('has Bærum’s shape: 64 volunteers and about 30 waiting, too few men', () => {
    expect(sut).toHaveLength(64);
    expect(waiting).toHaveLength(BAERUM_SHAPE.waiting);
    const men = sut.filter((v) => v.signUp.gender === 'male').length;
    expect(men).toBeGreaterThan(0);
    expect(men).toBeLessThan(sut.length / 3);
  });

  it('sends only what the public forms accept, with unique e-mail addresses and invented names', () => {
    for (const volunteer of sut) expect(volunteerSignUp.safeParse(volunteer.signUp).error).toBeUndefined();
    for (const request of waiting) expect(guideRequestByRefugee.safeParse(request).error).toBeUndefined();
    expect(new Set(sut.map((v) => v.signUp.email)).size).toBe(sut.length);
    expect(sut.every((v) => /^(Testa|Prøve|Demo|Eksempel|Fiktiv|Oppdikt) /.test(v.signUp.name))).toBe(true);
  });

  it('is reproducible from its seed', () => {
    expect(demoVolunteers(new Random(3), '3201', '2026-11-23')).toEqual(sut);
  });
});
