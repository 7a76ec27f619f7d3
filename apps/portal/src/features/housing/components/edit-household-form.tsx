import { type HouseholdView, updateHousehold } from '@ankomst/contracts/housing';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useUpdateHousehold } from '../api/use-housing-editing';
import { CountrySelect, LanguageCheckboxes } from './country-and-language-fields';

const fieldId = (path: string) => `edit-household-${path}`;
const labels: Record<string, string> = {
  countryOfOrigin: 'registerHousehold.country',
  requestedOn: 'registerHousehold.requestedOn',
  languages: 'registerHousehold.languages',
};

/** Country of origin, languages and IMDi's request date; only what changed is sent. */
export function EditHouseholdForm({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const update = useUpdateHousehold();
  const [countryOfOrigin, setCountry] = useState(household.countryOfOrigin);
  const [languages, setLanguages] = useState(household.languages);
  const [requestedOn, setRequestedOn] = useState(household.requestedOn ?? '');
  const [saved, setSaved] = useState(false);
  const { errors, show, reset, summaryRef } = useFieldErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const sameLanguages = [...languages].sort().join() === [...household.languages].sort().join();
    const parsed = updateHousehold.safeParse({
      id: household.id,
      countryOfOrigin: countryOfOrigin === household.countryOfOrigin ? undefined : countryOfOrigin,
      languages: sameLanguages ? undefined : languages,
      requestedOn: requestedOn === (household.requestedOn ?? '') ? undefined : requestedOn || null,
    });
    if (!parsed.success) return show(zodFieldErrors(t, parsed.error));
    reset();
    update.mutate(parsed.data, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        const fromServer = serverFieldErrors(t, error);
        if (Object.keys(fromServer).length) show(fromServer);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('householdEdit.title')}>
      <FormErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        fieldId={(path) => fieldId(path === '(body)' ? 'countryOfOrigin' : path)}
        label={(path) => t(labels[path] ?? 'form.field')}
      />
      {update.error && Object.keys(errors).length === 0 && <ServerError error={update.error} />}
      {saved && (
        <Alert data-color="success" role="status" data-testid="household-saved">
          <Paragraph>{t('householdEdit.saved')}</Paragraph>
        </Alert>
      )}
      <div className="form-grid">
        <CountrySelect
          id={fieldId('countryOfOrigin')}
          label={t('registerHousehold.country')}
          value={countryOfOrigin}
          onChange={setCountry}
          error={errors.countryOfOrigin}
        />
        <TextField
          id={fieldId('requestedOn')}
          label={t('registerHousehold.requestedOn')}
          description={t('registerHousehold.requestedOnHelp')}
          type="date"
          value={requestedOn}
          onChange={(e) => setRequestedOn(e.target.value)}
          error={errors.requestedOn}
        />
      </div>
      <LanguageCheckboxes id={fieldId('languages')} legend={t('registerHousehold.languages')} value={languages} onChange={setLanguages} />
      <div className="form-actions">
        <SubmitButton pending={update.isPending} label={t('householdEdit.submit')} />
      </div>
    </form>
  );
}
