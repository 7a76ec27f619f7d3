import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format/format';

/**
 * Withheld information is shown as withheld, with the scope and the reason: the reader must
 * know that something exists and why they cannot see it (never silently absent).
 */
export function RestrictedNotice({ scope, reason }: { scope: string; reason: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="restricted" data-testid="restricted" data-scope={scope}>
      <Paragraph>
        <strong>{t('caseView.restricted')}</strong> {t('caseView.restrictedScope', { scope: scopeLabel(t, scope) })}
      </Paragraph>
      <Paragraph data-size="sm">{t('caseView.restrictedReason', { reason: reasonLabel(t, reason, i18n.language) })}</Paragraph>
    </div>
  );
}

export function scopeLabel(t: (key: string, options?: Record<string, unknown>) => string, scope: string): string {
  const [category, recipient] = scope.split(/→|->/);
  if (!recipient) return t(`scope.category.${category}`, { defaultValue: scope });
  return t('scope.label', {
    category: t(`scope.category.${category}`, { defaultValue: category }),
    recipient: t(`department.${recipient}`, { defaultValue: recipient }),
  });
}

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The case-overview service explains a restriction in an English sentence; the known sentences
 * are matched and told in the UI language (an unknown one is still shown as it came).
 */
const reasonPatterns: Array<[RegExp, string, (m: RegExpMatchArray) => Record<string, string>]> = [
  [/^No consent (\S+) recorded: the person is under 18/, 'minorNoConsent', (m) => ({ scope: m[1] })],
  [/^No consent (\S+) recorded for this person$/, 'noConsent', (m) => ({ scope: m[1] })],
  [/^Consent (\S+) was withdrawn on (\d{4}-\d{2}-\d{2})$/, 'withdrawn', (m) => ({ scope: m[1], date: m[2] })],
  [/^Consent (\S+) is valid only from (\S+)$/, 'notYetValid', (m) => ({ scope: m[1], date: m[2] })],
  [/^Consent (\S+) expired on (\S+)$/, 'expired', (m) => ({ scope: m[1], date: m[2] })],
  [/^No members known, so no consent (\S+)$/, 'noMembers', (m) => ({ scope: m[1] })],
  [
    /^Shared only when every member consents to (\S+); (\d+) of (\d+) have not$/,
    'everyMember',
    (m) => ({ scope: m[1], refused: m[2], total: m[3] }),
  ],
];

export function reasonLabel(t: T, reason: string, language = 'nb'): string {
  for (const [pattern, key, values] of reasonPatterns) {
    const match = reason.match(pattern);
    if (!match) continue;
    const v = values(match);
    return t(`caseView.reasons.${key}`, {
      ...v,
      scope: v.scope ? scopeLabel(t, v.scope) : undefined,
      date: v.date ? formatDate(v.date, language) : undefined,
    });
  }
  return t(`caseView.reasons.${reason}`, { defaultValue: reason });
}
