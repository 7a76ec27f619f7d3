import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/**
 * Withheld information is shown as withheld, with the scope and the reason: the reader must
 * know that something exists and why they cannot see it (never silently absent).
 */
export function RestrictedNotice({ scope, reason }: { scope: string; reason: string }) {
  const { t } = useTranslation();
  return (
    <div className="restricted" data-testid="restricted" data-scope={scope}>
      <Paragraph>
        <strong>{t('caseView.restricted')}</strong> {t('caseView.restrictedScope', { scope: scopeLabel(t, scope) })}
      </Paragraph>
      <Paragraph data-size="sm">{t('caseView.restrictedReason', { reason: reasonLabel(t, reason) })}</Paragraph>
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

function reasonLabel(t: (key: string, options?: Record<string, unknown>) => string, reason: string): string {
  return t(`caseView.reasons.${reason}`, { defaultValue: reason });
}
