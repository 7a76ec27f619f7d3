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
};

export const purposeLabel = (t: T, purpose: string) => (purposeKeys[purpose] ? t(`audit.purposes.${purposeKeys[purpose]}`) : purpose);

/** `case.read` → `audit.actions.case_read` (i18next reads dots as nesting). */
export const actionLabel = (t: T, action: string) => t(`audit.actions.${action.replace(/\./g, '_')}`, { defaultValue: action });
