import { type PersonView, updatePerson } from '@ankomst/contracts/housing';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { nationalIdFeedback } from '../../../forms/national-id-field';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useUpdatePerson } from '../api/use-housing-editing';
import { LanguageCheckboxes } from './country-and-language-fields';

const fieldId = (path: string) => `edit-person-${path}`;
const unlessSame = <T,>(value: T, stored: T) => (value === stored ? undefined : value);

/** Names, languages, residence permit and (only to add or correct it) the national id; only what changed is sent. */
export function EditPersonForm({ person }: { person: PersonView }) {
  const { t, i18n } = useTranslation();
  const update = useUpdatePerson();
  const [givenName, setGivenName] = useState(person.givenName);
  const [familyName, setFamilyName] = useState(person.familyName);
  const [languages, setLanguages] = useState(person.languages);
  const [residencePermitDate, setPermit] = useState(person.residencePermitDate ?? '');
  const [nationalId, setNationalId] = useState('');
  const [saved, setSaved] = useState<string>();
  const { errors, show, reset, summaryRef } = useFieldErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const parsed = updatePerson.safeParse({
      personId: person.id,
      givenName: unlessSame(givenName, person.givenName),
      familyName: unlessSame(familyName, person.familyName),
      languages: [...languages].sort().join() === [...person.languages].sort().join() ? undefined : languages,
      residencePermitDate: residencePermitDate === '' ? undefined : unlessSame(residencePermitDate, person.residencePermitDate),
      nationalId: nationalId.trim() === '' ? undefined : nationalId.replace(/\s/g, ''),
    });
    if (!parsed.success) return show(zodFieldErrors(t, parsed.error));
    reset();
    update.mutate(parsed.data, {
      onSuccess: (view) => {
        setSaved(`${view.givenName} ${view.familyName}`);
        setNationalId('');
      },
      onError: (error) => {
        const fromServer = serverFieldErrors(t, error);
        if (Object.keys(fromServer).length) show(fromServer);
      },
    });
  };

  const idFeedback = nationalId.replace(/\s/g, '').length >= 11 ? nationalIdFeedback(t, nationalId, i18n.language) : undefined;
  return (
    <form onSubmit={submit} noValidate aria-label={t('personEdit.title')}>
      <FormErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        fieldId={(path) => fieldId(path === '(body)' ? 'givenName' : path)}
        label={(path) => (path === '(body)' ? t('form.field') : t(`person.${path}`))}
      />
      {update.error && Object.keys(errors).length === 0 && <ServerError error={update.error} />}
      {saved && (
        <Alert data-color="success" role="status" data-testid="person-saved">
          <Paragraph>{t('personEdit.saved', { name: saved })}</Paragraph>
        </Alert>
      )}
      <div className="form-grid">
        <TextField
          id={fieldId('givenName')}
          label={t('person.givenName')}
          autoComplete="off"
          value={givenName}
          onChange={(e) => setGivenName(e.target.value)}
          error={errors.givenName}
          required
        />
        <TextField
          id={fieldId('familyName')}
          label={t('person.familyName')}
          autoComplete="off"
          value={familyName}
          onChange={(e) => setFamilyName(e.target.value)}
          error={errors.familyName}
          required
        />
        <TextField
          id={fieldId('residencePermitDate')}
          label={t('person.residencePermitDate')}
          type="date"
          value={residencePermitDate}
          onChange={(e) => setPermit(e.target.value)}
          error={errors.residencePermitDate}
        />
        <TextField
          id={fieldId('nationalId')}
          label={t('person.nationalId')}
          description={t('personEdit.nationalIdHelp')}
          inputMode="numeric"
          autoComplete="off"
          value={nationalId}
          onChange={(e) => setNationalId(e.target.value)}
          error={errors.nationalId ?? (idFeedback && !idFeedback.valid ? idFeedback.message : undefined)}
          success={idFeedback?.valid ? idFeedback.message : undefined}
        />
      </div>
      <LanguageCheckboxes id={fieldId('languages')} legend={t('registerHousehold.languages')} value={languages} onChange={setLanguages} />
      <div className="form-actions">
        <SubmitButton pending={update.isPending} label={t('personEdit.submit')} />
      </div>
    </form>
  );
}
