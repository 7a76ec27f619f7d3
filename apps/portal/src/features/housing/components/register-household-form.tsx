import { Button, Fieldset, Checkbox, Heading } from '@digdir/designsystemet-react';
import type { HouseholdView } from '@ankomst/contracts/housing';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { nationalIdFeedback } from '../../../forms/national-id-field';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { serverFieldErrors } from '../../../forms/rule-messages';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useRegisterHousehold } from '../api/use-housing';
import { countryName, languageName } from '../household-view';
import { countryChoices, languageChoices, relationshipChoices, sexChoices } from '../household-choices';
import { RequestTransferPanel } from './request-transfer-panel';
import { emptyHousehold, emptyMember, validateHousehold, type HouseholdDraft, type MemberDraft } from '../register-household-form-model';

const origins = ['reception-centre', 'quota-refugee', 'family-reunification', 'unaccompanied-minor'];
const relationships = relationshipChoices;
const sexes = sexChoices;
const countries = countryChoices;
const languageCodes = languageChoices;

const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;

export function RegisterHouseholdForm({ onRegistered }: { onRegistered: (household: HouseholdView) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const register = useRegisterHousehold();
  const [draft, setDraft] = useState<HouseholdDraft>(emptyHousehold);
  const { errors, clear: clearErrors, show: showErrors, reset: resetErrors, summaryRef } = useFieldErrors();
  const [touchedIds, setTouchedIds] = useState<Set<number>>(new Set());
  // Pressing "Registrer husstanden" blurs the number field first: a message shown on that blur
  // pushed the button down between press and release, and the click was lost. While the
  // submit button is pressed the blur shows nothing; the submit checks every field anyway.
  const submitPressed = useRef(false);
  // After "Legg til person" the new person's first field gets the focus, not the button.
  const [focusMember, setFocusMember] = useState<number>();
  useEffect(() => {
    if (focusMember === undefined) return;
    document.getElementById(fieldId(`members.${focusMember}.givenName`))?.focus();
    setFocusMember(undefined);
  }, [focusMember]);

  const update = (patch: Partial<HouseholdDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    clearErrors(Object.keys(patch));
  };
  const updateMember = (index: number, patch: Partial<MemberDraft>) => {
    setDraft((d) => ({ ...d, members: d.members.map((m, i) => (i === index ? { ...m, ...patch } : m)) }));
    // A message about the old value must not stay next to the new one.
    clearErrors(Object.keys(patch).map((field) => `members.${index}.${field}`));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouchedIds(new Set(draft.members.map((_, i) => i)));
    const result = validateHousehold(t, draft);
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    resetErrors();
    register.mutate(result.body, {
      onSuccess: (household) => onRegistered(household),
      onError: (error) => {
        const fromServer = serverFieldErrors(t, error);
        if (Object.keys(fromServer).length > 0) showErrors(fromServer);
      },
    });
  };

  // Another municipality holds one of the numbers: the way forward is a transfer request, not an error.
  const heldElsewhere = register.error instanceof ApiError && register.error.code === 'national_id_held_elsewhere';
  const serverFailed = register.error && !heldElsewhere && Object.keys(errors).length === 0;
  return (
    <form onSubmit={submit} noValidate aria-label={t('registerHousehold.title')}>
      <FormErrorSummary errors={errors} summaryRef={summaryRef} fieldId={fieldId} label={(path) => fieldLabel(t, path)} />
      {serverFailed && <ServerError error={register.error} />}
      {heldElsewhere && <RequestTransferPanel candidates={transferCandidates(t, draft)} />}

      <Fieldset>
        <Fieldset.Legend>{t('registerHousehold.householdLegend')}</Fieldset.Legend>
        <div className="form-grid">
          <SelectField
            id={fieldId('origin')}
            label={t('registerHousehold.origin')}
            value={draft.origin}
            onChange={(e) => update({ origin: e.target.value })}
            error={errors.origin}
          >
            {origins.map((origin) => (
              <option key={origin} value={origin}>
                {t(`origin.${origin}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={fieldId('countryOfOrigin')}
            label={t('registerHousehold.country')}
            value={draft.countryOfOrigin}
            onChange={(e) => update({ countryOfOrigin: e.target.value })}
            error={errors.countryOfOrigin}
            required
          >
            <option value="">{t('form.choose')}</option>
            {countries
              .map((code) => ({ code, name: countryName(code, lang) }))
              .sort((a, b) => a.name.localeCompare(b.name, lang))
              .map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
          </SelectField>
          <TextField
            id={fieldId('requestedOn')}
            label={t('registerHousehold.requestedOn')}
            description={t('registerHousehold.requestedOnHelp')}
            type="date"
            value={draft.requestedOn}
            onChange={(e) => update({ requestedOn: e.target.value })}
            error={errors.requestedOn}
          />
        </div>
        <Fieldset className="languages" id={fieldId('languages')}>
          <Fieldset.Legend>{t('registerHousehold.languages')}</Fieldset.Legend>
          <div className="checkbox-grid">
            {languageCodes.map((code) => (
              <Checkbox
                key={code}
                label={languageName(code, lang)}
                value={code}
                checked={draft.languages.includes(code)}
                onChange={(e) =>
                  update({
                    languages: e.target.checked ? [...draft.languages, code] : draft.languages.filter((l) => l !== code),
                  })
                }
              />
            ))}
          </div>
        </Fieldset>
      </Fieldset>

      <Heading level={2} data-size="sm" className="members-heading">
        {t('registerHousehold.members')}
      </Heading>
      {draft.members.map((member, index) => {
        const path = (field: string) => `members.${index}.${field}`;
        const idFeedback =
          touchedIds.has(index) || member.nationalId.replace(/\s/g, '').length >= 11
            ? nationalIdFeedback(t, member.nationalId, lang)
            : undefined;
        return (
          <Fieldset key={index} className="member" data-testid={`member-${index}`}>
            <Fieldset.Legend>{t('registerHousehold.memberLegend', { number: index + 1 })}</Fieldset.Legend>
            <div className="form-grid">
              <TextField
                id={fieldId(path('givenName'))}
                label={t('person.givenName')}
                autoComplete="off"
                value={member.givenName}
                onChange={(e) => updateMember(index, { givenName: e.target.value })}
                error={errors[path('givenName')]}
                required
              />
              <TextField
                id={fieldId(path('familyName'))}
                label={t('person.familyName')}
                autoComplete="off"
                value={member.familyName}
                onChange={(e) => updateMember(index, { familyName: e.target.value })}
                error={errors[path('familyName')]}
                required
              />
              <TextField
                id={fieldId(path('birthDate'))}
                label={t('person.birthDate')}
                type="date"
                value={member.birthDate}
                onChange={(e) => updateMember(index, { birthDate: e.target.value })}
                error={errors[path('birthDate')]}
                required
              />
              <SelectField
                id={fieldId(path('relationship'))}
                label={t('person.relationship')}
                value={member.relationship}
                onChange={(e) => updateMember(index, { relationship: e.target.value })}
                error={errors[path('relationship')]}
              >
                {relationships.map((r) => (
                  <option key={r} value={r}>
                    {t(`relationship.${r}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                id={fieldId(path('sex'))}
                label={t('person.sex')}
                value={member.sex}
                onChange={(e) => updateMember(index, { sex: e.target.value })}
              >
                {sexes.map((s) => (
                  <option key={s} value={s}>
                    {t(`sex.${s}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                id={fieldId(path('nationalId'))}
                label={t('person.nationalId')}
                description={t('nationalId.help')}
                inputMode="numeric"
                autoComplete="off"
                value={member.nationalId}
                onChange={(e) => updateMember(index, { nationalId: e.target.value })}
                onBlur={(e) => {
                  const next = e.relatedTarget instanceof HTMLElement ? e.relatedTarget : null;
                  if (submitPressed.current || next?.getAttribute('type') === 'submit') return;
                  setTouchedIds((s) => new Set(s).add(index));
                }}
                error={errors[path('nationalId')] ?? (idFeedback && !idFeedback.valid ? idFeedback.message : undefined)}
                success={idFeedback?.valid ? idFeedback.message : undefined}
              />
              <TextField
                id={fieldId(path('residencePermitDate'))}
                label={t('person.residencePermitDate')}
                type="date"
                value={member.residencePermitDate}
                onChange={(e) => updateMember(index, { residencePermitDate: e.target.value })}
                error={errors[path('residencePermitDate')]}
              />
            </div>
            {draft.members.length > 1 && (
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => setDraft((d) => ({ ...d, members: d.members.filter((_, i) => i !== index) }))}
              >
                {t('registerHousehold.removeMember', { number: index + 1 })}
              </Button>
            )}
          </Fieldset>
        );
      })}
      {errors.members && (
        <p className="ds-validation-message" data-color="danger">
          {errors.members}
        </p>
      )}
      <div className="form-actions">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setFocusMember(draft.members.length);
            setDraft((d) => ({ ...d, members: [...d.members, emptyMember('child')] }));
          }}
        >
          {t('registerHousehold.addMember')}
        </Button>
        <Button
          type="submit"
          disabled={register.isPending}
          onPointerDown={() => {
            submitPressed.current = true;
            // Released (here or elsewhere) after the click is dispatched: the next blur is an ordinary one.
            const release = () => setTimeout(() => (submitPressed.current = false));
            window.addEventListener('pointerup', release, { once: true });
            window.addEventListener('pointercancel', release, { once: true });
          }}
        >
          {register.isPending ? t('form.saving') : t('registerHousehold.submit')}
        </Button>
      </div>
    </form>
  );
}

/** Members with a number typed in: one of them is the person another municipality holds. */
function transferCandidates(t: (key: string, options?: Record<string, unknown>) => string, draft: HouseholdDraft) {
  return draft.members.flatMap((m, i) =>
    m.nationalId.trim()
      ? [
          {
            label: `${t('registerHousehold.memberLegend', { number: i + 1 })} – ${m.givenName} ${m.familyName}`,
            nationalId: m.nationalId.replace(/\s/g, ''),
          },
        ]
      : [],
  );
}

/** "Member 2 – National id" for an error summary entry at `members.1.nationalId`. */
function fieldLabel(t: (key: string, options?: Record<string, unknown>) => string, path: string): string {
  const member = path.match(/^members\.(\d+)\.(\w+)/);
  if (member) {
    return `${t('registerHousehold.memberLegend', { number: Number(member[1]) + 1 })} – ${t(`person.${member[2]}`)}`;
  }
  const labels: Record<string, string> = {
    origin: 'registerHousehold.origin',
    countryOfOrigin: 'registerHousehold.country',
    requestedOn: 'registerHousehold.requestedOn',
    languages: 'registerHousehold.languages',
    members: 'registerHousehold.members',
  };
  return t(labels[path] ?? 'form.field');
}
