import { ErrorSummary } from '@digdir/designsystemet-react';
import type { ComponentRef, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './rule-messages';

interface FormErrorSummaryProps {
  errors: FieldErrors;
  summaryRef: RefObject<ComponentRef<typeof ErrorSummary> | null>;
  /** The id of the input a field path belongs to: each entry links to its field. */
  fieldId: (path: string) => string;
  label: (path: string) => string;
}

/** Every field message of a form at its top, each linking to its field; nothing when none. */
export function FormErrorSummary({ errors, summaryRef, fieldId, label }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <ErrorSummary ref={summaryRef} tabIndex={-1} data-testid="error-summary">
      <ErrorSummary.Heading>{t('form.errorSummary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {entries.map(([path, message]) => (
          <ErrorSummary.Item key={path}>
            <ErrorSummary.Link href={`#${fieldId(path)}`}>
              {label(path)}: {message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
