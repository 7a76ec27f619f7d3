import { actionLabel } from './audit-labels';

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
