import { findPersonByNationalId } from '@ankomst/contracts/housing';
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { ApiError } from '../../../api/api-error';
import { TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { nationalIdFeedback } from '../../../forms/national-id-field';
import { zodFieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { usePersonLookup } from '../api/use-housing-editing';

/**
 * Looks a person up by fødselsnummer or D-nummer: checked with the contracts' rule (check
 * digits) before anything is sent, then POSTed in a body. The number stays in this form's state.
 */
export function PersonLookupForm() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const lookup = usePersonLookup();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = findPersonByNationalId.safeParse({ nationalId: value.replace(/\s/g, '') });
    if (!parsed.success) {
      setError(zodFieldErrors(t, parsed.error).nationalId ?? t('form.field'));
      lookup.reset();
      return;
    }
    setError(undefined);
    lookup.mutate(parsed.data);
  };

  const notFound = lookup.error instanceof ApiError && lookup.error.status === 404;
  const found = lookup.data;
  const feedback = value.replace(/\s/g, '').length >= 11 ? nationalIdFeedback(t, value, lang) : undefined;
  return (
    <form onSubmit={submit} noValidate aria-label={t('personLookup.title')} className="stack" autoComplete="off">
      <div className="filters">
        <TextField
          id="person-lookup-national-id"
          label={t('personLookup.label')}
          description={t('personLookup.help')}
          inputMode="numeric"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(undefined);
          }}
          error={error ?? (feedback && !feedback.valid ? feedback.message : undefined)}
          success={feedback?.valid ? feedback.message : undefined}
        />
      </div>
      <div className="form-actions">
        <SubmitButton pending={lookup.isPending} label={t('personLookup.submit')} />
      </div>
      <div aria-live="polite">
        {notFound && <Paragraph data-testid="lookup-not-found">{t('personLookup.notFound')}</Paragraph>}
        {lookup.error && !notFound && <ServerError error={lookup.error} />}
        {found && (
          <Alert data-color="info" data-testid="lookup-found">
            <Paragraph>
              {t('personLookup.found', { name: `${found.givenName} ${found.familyName}`, date: formatDate(found.birthDate, lang) })}
            </Paragraph>
            <Link asChild>
              <RouterLink to={`/housing/households/${found.householdId}`}>
                {t('personLookup.openHousehold', { name: `${found.givenName} ${found.familyName}` })}
              </RouterLink>
            </Link>
          </Alert>
        )}
      </div>
    </form>
  );
}
