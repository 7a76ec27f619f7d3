import { addHouseholdMember, type HouseholdView } from '@ankomst/contracts/housing';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { nationalIdFeedback } from '../../../forms/national-id-field';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useAddHouseholdMember } from '../api/use-housing-editing';
import { relationshipChoices, sexChoices } from '../household-choices';
import { emptyMember, type MemberDraft } from '../register-household-form-model';

const fieldId = (path: string) => `add-member-${path}`;
const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * «Legg til person» opens the form and puts the focus in its first field (not on the button),
 * so a keyboard user types the name straight away; after saving the form is ready for the next one.
 */
export function AddMemberForm({ household }: { household: HouseholdView }) {
  const { t, i18n } = useTranslation();
  const add = useAddHouseholdMember();
  const [open, setOpen] = useState(false);
  const [focusFirst, setFocusFirst] = useState(false);
  const [draft, setDraft] = useState<MemberDraft>(() => emptyMember('child'));
  const [added, setAdded] = useState<string>();
  const { errors, clear, show, reset, summaryRef } = useFieldErrors();
  useEffect(() => {
    if (!focusFirst) return;
    document.getElementById(fieldId('givenName'))?.focus();
    setFocusFirst(false);
  }, [focusFirst]);

  const change = (patch: Partial<MemberDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    clear(Object.keys(patch));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(undefined);
    const parsed = addHouseholdMember.safeParse({
      householdId: household.id,
      givenName: draft.givenName,
      familyName: draft.familyName,
      birthDate: draft.birthDate,
      sex: draft.sex,
      relationship: draft.relationship,
      nationalId: blankToNull(draft.nationalId.replace(/\s/g, '')),
      residencePermitDate: blankToNull(draft.residencePermitDate),
    });
    if (!parsed.success) return show(zodFieldErrors(t, parsed.error));
    reset();
    add.mutate(parsed.data, {
      onSuccess: () => {
        setAdded(`${draft.givenName} ${draft.familyName}`);
        setDraft(emptyMember('child'));
        setFocusFirst(true);
      },
      onError: (error) => {
        const fromServer = serverFieldErrors(t, error);
        if (Object.keys(fromServer).length) show(fromServer);
      },
    });
  };

  if (!open) {
    return (
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          setOpen(true);
          setFocusFirst(true);
        }}
      >
        {t('registerHousehold.addMember')}
      </Button>
    );
  }
  const idFeedback = draft.nationalId.replace(/\s/g, '').length >= 11 ? nationalIdFeedback(t, draft.nationalId, i18n.language) : undefined;
  return (
    <form onSubmit={submit} noValidate aria-label={t('memberAdd.title')}>
      <FormErrorSummary errors={errors} summaryRef={summaryRef} fieldId={fieldId} label={(path) => t(`person.${path}`)} />
      {add.error && Object.keys(errors).length === 0 && <ServerError error={add.error} />}
      {added && (
        <Alert data-color="success" role="status" data-testid="member-added">
          <Paragraph>{t('memberAdd.added', { name: added })}</Paragraph>
        </Alert>
      )}
      <div className="form-grid">
        <TextField
          id={fieldId('givenName')}
          label={t('person.givenName')}
          autoComplete="off"
          value={draft.givenName}
          onChange={(e) => change({ givenName: e.target.value })}
          error={errors.givenName}
          required
        />
        <TextField
          id={fieldId('familyName')}
          label={t('person.familyName')}
          autoComplete="off"
          value={draft.familyName}
          onChange={(e) => change({ familyName: e.target.value })}
          error={errors.familyName}
          required
        />
        <TextField
          id={fieldId('birthDate')}
          label={t('person.birthDate')}
          type="date"
          value={draft.birthDate}
          onChange={(e) => change({ birthDate: e.target.value })}
          error={errors.birthDate}
          required
        />
        <SelectField
          id={fieldId('relationship')}
          label={t('person.relationship')}
          value={draft.relationship}
          onChange={(e) => change({ relationship: e.target.value })}
        >
          {relationshipChoices.map((r) => (
            <option key={r} value={r}>
              {t(`relationship.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id={fieldId('sex')} label={t('person.sex')} value={draft.sex} onChange={(e) => change({ sex: e.target.value })}>
          {sexChoices.map((s) => (
            <option key={s} value={s}>
              {t(`sex.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldId('nationalId')}
          label={t('person.nationalId')}
          description={t('nationalId.help')}
          inputMode="numeric"
          autoComplete="off"
          value={draft.nationalId}
          onChange={(e) => change({ nationalId: e.target.value })}
          error={errors.nationalId ?? (idFeedback && !idFeedback.valid ? idFeedback.message : undefined)}
          success={idFeedback?.valid ? idFeedback.message : undefined}
        />
        <TextField
          id={fieldId('residencePermitDate')}
          label={t('person.residencePermitDate')}
          type="date"
          value={draft.residencePermitDate}
          onChange={(e) => change({ residencePermitDate: e.target.value })}
          error={errors.residencePermitDate}
        />
      </div>
      <div className="form-actions">
        <SubmitButton pending={add.isPending} label={t('memberAdd.submit')} />
      </div>
    </form>
  );
}
