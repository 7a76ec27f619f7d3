import { endTenancy, type TenancyView, tenancyEndReason } from '@ankomst/contracts/housing';
import { Checkbox } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { osloToday } from '../../../format/format';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useEndTenancy } from '../api/use-housing-editing';

const fieldId = (path: string) => `end-tenancy-${path}`;

/** Ends the active tenancy: the day and why, a startlån only with a bought home (the contract's rule). */
export function EndTenancyForm({ tenancy, onEnded }: { tenancy: TenancyView; onEnded: () => void }) {
  const { t } = useTranslation();
  const end = useEndTenancy();
  const [endDate, setEndDate] = useState(osloToday());
  const [reason, setReason] = useState<string>('moved');
  const [withStartlan, setWithStartlan] = useState(false);
  const { errors, show, reset, summaryRef } = useFieldErrors();
  const labels: Record<string, string> = { endDate: 'dwelling.endDate', reason: 'dwelling.reason', withStartlan: 'dwelling.withStartlan' };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = endTenancy.safeParse({
      tenancyId: tenancy.id,
      endDate,
      reason,
      withStartlan: reason === 'bought-own-home' && withStartlan,
    });
    if (!parsed.success) return show(zodFieldErrors(t, parsed.error));
    reset();
    // mutateAsync, not mutate's callbacks: the write's own refetch ends the tenancy on screen and
    // unmounts this form, and TanStack Query drops the callbacks of an unmounted observer, so the
    // page would never hear that the tenancy ended (seen under load in the browser tests).
    end.mutateAsync(parsed.data).then(onEnded, (error: unknown) => {
      const fromServer = serverFieldErrors(t, error);
      if (Object.keys(fromServer).length) show(fromServer);
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('dwelling.endHeading')}>
      <FormErrorSummary errors={errors} summaryRef={summaryRef} fieldId={fieldId} label={(path) => t(labels[path] ?? 'form.field')} />
      {end.error && Object.keys(errors).length === 0 && <ServerError error={end.error} />}
      <div className="form-grid">
        <TextField
          id={fieldId('endDate')}
          label={t('dwelling.endDate')}
          type="date"
          value={endDate}
          min={tenancy.startDate}
          onChange={(e) => setEndDate(e.target.value)}
          error={errors.endDate}
          required
        />
        <SelectField id={fieldId('reason')} label={t('dwelling.reason')} value={reason} onChange={(e) => setReason(e.target.value)}>
          {tenancyEndReason.options.map((r) => (
            <option key={r} value={r}>
              {t(`dwelling.endReasons.${r}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {reason === 'bought-own-home' && (
        <Checkbox
          id={fieldId('withStartlan')}
          label={t('dwelling.withStartlan')}
          checked={withStartlan}
          onChange={(e) => setWithStartlan(e.target.checked)}
        />
      )}
      <div className="form-actions">
        <SubmitButton pending={end.isPending} label={t('dwelling.end')} />
      </div>
    </form>
  );
}
