import { i18n } from '../../../i18n/i18n';
import { reasonLabel, scopeLabel } from './restricted';

describe('restriction reasons from the case-overview service', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('nb');
  });
  const t = i18n.t.bind(i18n) as unknown as Parameters<typeof reasonLabel>[0];

  it('names the scope in words', () => {
    expect(scopeLabel(t, 'housing-status→coordination-group')).toBe('Boligstatus til Koordineringsgruppen');
  });

  it('tells a withdrawal with the Norwegian date', () => {
    expect(reasonLabel(t, 'Consent housing-status→coordination-group was withdrawn on 2026-11-23', 'nb')).toBe(
      'samtykket til «Boligstatus til Koordineringsgruppen» ble trukket 23.11.2026',
    );
  });

  it('tells the household rule with counts', () => {
    expect(reasonLabel(t, 'Shared only when every member consents to housing-status→coordination-group; 2 of 3 have not', 'nb')).toBe(
      'deles bare når alle i husstanden har samtykket til «Boligstatus til Koordineringsgruppen»; 2 av 3 har ikke samtykket',
    );
  });

  it('shows an unknown reason as it came', () => {
    expect(reasonLabel(t, 'Something new', 'nb')).toBe('Something new');
  });
});
