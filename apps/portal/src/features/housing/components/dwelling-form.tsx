import { type DwellingView, registerDwelling, updateDwelling } from '@ankomst/contracts/housing';
import { Alert, Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { osloToday } from '../../../format/format';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useRegisterDwelling, useUpdateDwelling } from '../api/use-housing-editing';

const ownerships = ['municipal', 'private'] as const;
const statuses = ['available', 'maintenance', 'retired'] as const;

interface Draft {
  ownership: string;
  address: string;
  postalCode: string;
  sizeSquareMetres: string;
  rooms: string;
  monthlyRentNok: string;
  accessible: boolean;
  status: string;
  availableFrom: string;
}

const toDraft = (d?: DwellingView): Draft => ({
  ownership: d?.ownership ?? 'municipal',
  address: d?.address ?? '',
  postalCode: d?.postalCode ?? '',
  sizeSquareMetres: d ? String(d.sizeSquareMetres) : '',
  rooms: d ? String(d.rooms) : '',
  monthlyRentNok: d ? String(d.monthlyRentNok) : '',
  accessible: d?.accessible ?? false,
  status: d?.status ?? 'available',
  availableFrom: d?.availableFrom ?? osloToday(),
});

/** A typed number, or the text itself so the contract names the rule ("must be a number"); empty is missing. */
const numberOrText = (value: string) => (value.trim() === '' ? undefined : Number.isNaN(Number(value)) ? value : Number(value));

function toBody(draft: Draft) {
  return {
    ...draft,
    address: draft.address,
    sizeSquareMetres: numberOrText(draft.sizeSquareMetres.replace(',', '.')),
    rooms: numberOrText(draft.rooms),
    monthlyRentNok: numberOrText(draft.monthlyRentNok.replace(/\s/g, '')),
  };
}

const fieldId = (prefix: string) => (path: string) => `${prefix}-${path}`;

/** Registers a new dwelling, or (given one) changes it; both validated with the contracts' schemas first. */
export function DwellingForm({ dwelling, onSaved }: { dwelling?: DwellingView; onSaved?: (saved: DwellingView) => void }) {
  const { t } = useTranslation();
  const register = useRegisterDwelling();
  const update = useUpdateDwelling();
  const mutation = dwelling ? update : register;
  const [draft, setDraft] = useState<Draft>(() => toDraft(dwelling));
  const [savedMessage, setSavedMessage] = useState(false);
  const { errors, clear, show, reset, summaryRef } = useFieldErrors();
  const id = fieldId(dwelling ? 'edit-dwelling' : 'new-dwelling');
  const label = (path: string) => t(`dwelling.field.${path}`, { defaultValue: t('form.field') });

  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSavedMessage(false);
    clear(Object.keys(patch));
  };

  const onError = (error: unknown) => {
    const fromServer = serverFieldErrors(t, error);
    if (Object.keys(fromServer).length) show(fromServer);
  };
  const onSuccess = (saved: DwellingView) => {
    setSavedMessage(true);
    if (!dwelling) setDraft(toDraft());
    onSaved?.(saved);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSavedMessage(false);
    if (dwelling) {
      const parsed = updateDwelling.safeParse({ ...toBody(draft), dwellingId: dwelling.id });
      if (!parsed.success) return show(zodFieldErrors(t, parsed.error));
      reset();
      update.mutate(parsed.data, { onSuccess, onError });
    } else {
      const parsed = registerDwelling.safeParse(toBody(draft));
      if (!parsed.success) return show(zodFieldErrors(t, parsed.error));
      reset();
      register.mutate(parsed.data, { onSuccess, onError });
    }
  };

  const title = t(dwelling ? 'dwelling.editHeading' : 'dwelling.addHeading');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <FormErrorSummary errors={errors} summaryRef={summaryRef} fieldId={id} label={label} />
      {mutation.error && Object.keys(errors).length === 0 && <ServerError error={mutation.error} />}
      {savedMessage && (
        <Alert data-color="success" role="status" data-testid={dwelling ? 'dwelling-saved' : 'dwelling-added'}>
          <Paragraph>{t(dwelling ? 'dwelling.saved' : 'dwelling.added')}</Paragraph>
        </Alert>
      )}
      <div className="form-grid">
        <TextField
          id={id('address')}
          label={label('address')}
          value={draft.address}
          onChange={(e) => change({ address: e.target.value })}
          error={errors.address}
          autoComplete="off"
          required
        />
        <TextField
          id={id('postalCode')}
          label={label('postalCode')}
          inputMode="numeric"
          value={draft.postalCode}
          onChange={(e) => change({ postalCode: e.target.value })}
          error={errors.postalCode}
          required
        />
        <SelectField
          id={id('ownership')}
          label={label('ownership')}
          value={draft.ownership}
          onChange={(e) => change({ ownership: e.target.value })}
          error={errors.ownership}
        >
          {ownerships.map((o) => (
            <option key={o} value={o}>
              {t(`dwellings.ownershipKind.${o}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('rooms')}
          label={label('rooms')}
          inputMode="numeric"
          value={draft.rooms}
          onChange={(e) => change({ rooms: e.target.value })}
          error={errors.rooms}
          required
        />
        <TextField
          id={id('sizeSquareMetres')}
          label={label('sizeSquareMetres')}
          inputMode="decimal"
          value={draft.sizeSquareMetres}
          onChange={(e) => change({ sizeSquareMetres: e.target.value })}
          error={errors.sizeSquareMetres}
          required
        />
        <TextField
          id={id('monthlyRentNok')}
          label={label('monthlyRentNok')}
          inputMode="numeric"
          value={draft.monthlyRentNok}
          onChange={(e) => change({ monthlyRentNok: e.target.value })}
          error={errors.monthlyRentNok}
          required
        />
        <TextField
          id={id('availableFrom')}
          label={label('availableFrom')}
          type="date"
          value={draft.availableFrom}
          onChange={(e) => change({ availableFrom: e.target.value })}
          error={errors.availableFrom}
          required
        />
        <SelectField
          id={id('status')}
          label={label('status')}
          value={draft.status}
          onChange={(e) => change({ status: e.target.value })}
          error={errors.status}
        >
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`dwelling.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <Checkbox
        id={id('accessible')}
        label={label('accessible')}
        checked={draft.accessible}
        onChange={(e) => change({ accessible: e.target.checked })}
      />
      <div className="form-actions">
        <SubmitButton pending={mutation.isPending} label={t(dwelling ? 'dwelling.save' : 'dwelling.add')} />
      </div>
    </form>
  );
}
