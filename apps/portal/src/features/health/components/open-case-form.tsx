import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { openCoordinationCaseInput, serviceNeeds, type CoordinationCaseView, type ServiceNeed } from '@ankomst/contracts/health';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { TextAreaField } from '../../../components/text-area-field';
import { osloToday } from '../../../format/format';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useOpenCoordinationCase } from '../api/use-health';
import { fieldLabel, showServerIssues, validated } from './schema-form';
import { UnitOptions } from './unit-options';
import { SubmitButton } from '../../../forms/submit-button';

const fieldId = (field: string) => `open-case-${field.split('.')[0]}`;

interface Draft {
  referredBy: 'unit' | 'self';
  referredFrom: string;
  referredOn: string;
  reason: string;
  serviceNeeds: ServiceNeed[];
  ownUnit: string;
}

/**
 * Refer a family to Koordineringsgruppen MIGRA: who referred them, why, the service needs
 * mapped so far and the unit the opener sits in for the group (they become its first member).
 */
export function OpenCaseForm({ householdId, onOpened }: { householdId: string; onOpened: (view: CoordinationCaseView) => void }) {
  const { t } = useTranslation();
  const open = useOpenCoordinationCase();
  const errors = useFieldErrors();
  const [draft, setDraft] = useState<Draft>(() => ({
    referredBy: 'unit',
    referredFrom: '',
    referredOn: osloToday(),
    reason: '',
    serviceNeeds: [],
    ownUnit: '',
  }));
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    errors.clear([field]);
  };
  const toggleNeed = (need: ServiceNeed, on: boolean) =>
    set('serviceNeeds', on ? [...draft.serviceNeeds, need] : draft.serviceNeeds.filter((n) => n !== need));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      ...draft,
      householdId,
      reason: draft.reason.trim(),
      referredFrom: draft.referredBy === 'unit' && draft.referredFrom ? draft.referredFrom : null,
      ownUnit: draft.ownUnit || undefined,
    };
    const noReferrer = input.referredBy === 'unit' && input.referredFrom === null;
    const data = validated(t, openCoordinationCaseInput, input, errors, noReferrer ? { referredFrom: t('validation.code.required') } : {});
    if (data) open.mutate(data, { onSuccess: (view) => onOpened(view), onError: showServerIssues(t, errors) });
  };

  const text = 'health.caseForms.open';
  const e = errors.errors;
  return (
    <form onSubmit={submit} noValidate aria-label={t(`${text}.heading`)}>
      <FormErrorSummary errors={e} summaryRef={errors.summaryRef} fieldId={fieldId} label={fieldLabel(t, text)} />
      {open.error && Object.keys(e).length === 0 && <ServerError error={open.error} />}
      <div className="form-grid">
        <SelectField
          id={fieldId('referredBy')}
          label={t(`${text}.referredBy`)}
          value={draft.referredBy}
          onChange={(ev) => set('referredBy', ev.target.value as Draft['referredBy'])}
          error={e.referredBy}
          required
        >
          <option value="unit">{t(`${text}.referredByKind.unit`)}</option>
          <option value="self">{t(`${text}.referredByKind.self`)}</option>
        </SelectField>
        {draft.referredBy === 'unit' && (
          <SelectField
            id={fieldId('referredFrom')}
            label={t(`${text}.referredFrom`)}
            value={draft.referredFrom}
            onChange={(ev) => set('referredFrom', ev.target.value)}
            error={e.referredFrom}
            required
          >
            <UnitOptions />
          </SelectField>
        )}
        <TextField
          id={fieldId('referredOn')}
          type="date"
          label={t(`${text}.referredOn`)}
          value={draft.referredOn}
          onChange={(ev) => set('referredOn', ev.target.value)}
          error={e.referredOn}
          required
        />
        <SelectField
          id={fieldId('ownUnit')}
          label={t(`${text}.ownUnit`)}
          description={t(`${text}.ownUnitHelp`)}
          value={draft.ownUnit}
          onChange={(ev) => set('ownUnit', ev.target.value)}
          error={e.ownUnit}
          required
        >
          <UnitOptions />
        </SelectField>
      </div>
      <TextAreaField
        id={fieldId('reason')}
        label={t(`${text}.reason`)}
        value={draft.reason}
        onChange={(ev) => set('reason', ev.target.value)}
        error={e.reason}
        required
      />
      <Fieldset id={fieldId('serviceNeeds')}>
        <Fieldset.Legend>{t(`${text}.serviceNeeds`)}</Fieldset.Legend>
        {serviceNeeds.map((need) => (
          <Checkbox
            key={need}
            label={t(`health.needs.${need}`)}
            checked={draft.serviceNeeds.includes(need)}
            onChange={(ev) => toggleNeed(need, ev.target.checked)}
          />
        ))}
      </Fieldset>
      <div className="form-actions">
        <SubmitButton pending={open.isPending} label={t(`${text}.submit`)} />
      </div>
    </form>
  );
}
