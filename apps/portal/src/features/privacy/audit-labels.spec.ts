import { endpointsIn } from '@ankomst/contracts';
import * as caseOverview from '@ankomst/contracts/case-overview';
import * as health from '@ankomst/contracts/health';
import * as housing from '@ankomst/contracts/housing';
import * as introduction from '@ankomst/contracts/introduction';
import * as volunteering from '@ankomst/contracts/volunteering';
import i18next from 'i18next';
import { en } from '../../i18n/en';
import { nb } from '../../i18n/nb';
import { actionLabel, purposeLabel } from './audit-labels';

describe('actionLabel', () => {
  const words: Record<string, string> = {
    'audit.actions.case_search': 'Saker søkt',
    'auditActions.exportOf': 'Eksport til CSV: {{action}}',
  };
  const t = (key: string, options?: Record<string, unknown>): string =>
    words[key]?.replace('{{action}}', String(options?.action)) ?? (options?.defaultValue as string | undefined) ?? key;

  it('names an export as the export of the read it repeats', () => {
    expect(actionLabel(t, 'case.search.export')).toBe('Eksport til CSV: Saker søkt');
    expect(actionLabel(t, 'case.search')).toBe('Saker søkt');
  });
});

describe('every audited endpoint in words', () => {
  const audited = [caseOverview, health, housing, introduction, volunteering]
    .flatMap((module) => endpointsIn(module))
    .flatMap((endpoint) => (endpoint.audit === false ? [] : [endpoint.audit]));

  it.each(['nb', 'en'])(
    'names every action and purpose in %s, never the «other action» fallback or the English phrase',
    async (language) => {
      const sut = i18next.createInstance();
      await sut.init({
        lng: language,
        resources: { nb: { translation: nb }, en: { translation: en } },
        interpolation: { escapeValue: false },
      });
      const t = sut.t.bind(sut) as (key: string, options?: Record<string, unknown>) => string;

      const unnamed = audited.filter((audit) => actionLabel(t, audit.action).includes(audit.action)).map((audit) => audit.action);
      const purposes = audited.flatMap((audit) =>
        typeof audit.purpose === 'string' ? [audit.purpose] : Object.values(audit.purpose.ofReader),
      );
      const untranslated = purposes.filter((purpose) => purposeLabel(t, purpose) === purpose);

      expect(audited.length).toBeGreaterThan(80);
      expect(unnamed).toEqual([]);
      expect(untranslated).toEqual([]);
    },
  );
});
