type T = (key: string, options?: Record<string, unknown>) => string;

/** The gateway records purposes as fixed English phrases; these are the ones it uses today. */
const purposeKeys: Record<string, string> = {
  'coordination of services for refugees (coordination group)': 'coordination',
  'agreed self-settlement case work': 'selfSettlement',
  'settlement case work': 'settlement',
  'introduction programme case work': 'introduction',
  'health follow-up of refugees (refugee health service)': 'health',
  'volunteer matching and follow-up (volunteering)': 'volunteering',
  'case work': 'caseWork',
  'user administration': 'users',
  'privacy oversight of emergency access': 'breakGlassOversight',
  'privacy oversight of access to personal data': 'accessOversight',
  'access report (innsyn)': 'accessReport',
  'housing allocation': 'housingAllocation',
  'settlement request and decision': 'settlementFigures',
  'transfer of a settlement case between municipalities': 'transfer',
  'introduction case work': 'introduction',
  'own volunteer work': 'ownVolunteerWork',
  'volunteer screening': 'volunteerScreening',
  'volunteering case work': 'volunteering',
  'coordination of services for a refugee family (Koordineringsgruppen MIGRA)': 'coordinationFamily',
  'reporting to the national introduction register': 'nirReporting',
};

export const purposeLabel = (t: T, purpose: string) => (purposeKeys[purpose] ? t(`audit.purposes.${purposeKeys[purpose]}`) : purpose);

/**
 * An audit action in words: `case.read` → `audit.actions.case_read` (i18next reads dots as
 * nesting), then the privacy feature's own additions, and for an action no list knows yet
 * "Other action (x.y)" rather than the bare key.
 */
export const actionLabel = (t: T, action: string): string => {
  // A CSV download is audited as its read with `.export`: "Eksport: Saker søkt".
  if (action.endsWith('.export')) return t('auditActions.exportOf', { action: actionLabel(t, action.slice(0, -'.export'.length)) });
  const key = action.replace(/\./g, '_');
  return t(`audit.actions.${key}`, { defaultValue: t(`auditActions.${key}`, { defaultValue: t('auditActions.unknown', { action }) }) });
};
