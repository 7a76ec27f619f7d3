import { allocateDwelling } from '@ankomst/contracts/housing';
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { SelectField, TextField } from '../../../components/form-field';
import { QueryState, ServerError } from '../../../components/states';
import { formatNok, osloToday } from '../../../format/format';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../forms/rule-messages';
import { useAllocateDwelling, useDwellings } from '../api/use-housing';
import { SubmitButton } from '../../../forms/submit-button';

/** Picks a vacant dwelling for the household; on success points on to the combined case view. */
export function AllocateDwellingPanel({ householdId }: { householdId: string }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const vacant = useDwellings(true);
  const allocate = useAllocateDwelling();
  const [dwellingId, setDwellingId] = useState('');
  const [startDate, setStartDate] = useState(osloToday());
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = allocateDwelling.safeParse({ dwellingId, householdId, startDate });
    if (!parsed.success) {
      setErrors(zodFieldErrors(t, parsed.error));
      return;
    }
    setErrors({});
    allocate.mutate(parsed.data, { onError: (error) => setErrors(serverFieldErrors(t, error)) });
  };

  if (allocate.isSuccess) {
    return (
      <Alert data-color="success" role="status" data-testid="allocation-done">
        <Paragraph>{t('allocate.done')}</Paragraph>
        {can(user, 'case:read') && (
          <Link asChild>
            <RouterLink to={`/coordination/cases/${householdId}`}>{t('allocate.openCase')}</RouterLink>
          </Link>
        )}
      </Alert>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('allocate.title')}>
      <QueryState error={vacant.error} isPending={vacant.isPending} feature={t('dwellings.title')} />
      {vacant.data && vacant.data.items.length === 0 && <Paragraph>{t('allocate.noneVacant')}</Paragraph>}
      {vacant.data && vacant.data.items.length > 0 && (
        <div className="form-grid">
          <SelectField
            label={t('allocate.dwelling')}
            value={dwellingId}
            onChange={(e) => setDwellingId(e.target.value)}
            error={errors.dwellingId}
            required
          >
            <option value="">{t('form.choose')}</option>
            {vacant.data.items.map((d) => (
              <option key={d.id} value={d.id}>
                {t('allocate.option', {
                  address: d.address,
                  rooms: d.rooms,
                  size: d.sizeSquareMetres,
                  rent: formatNok(d.monthlyRentNok, i18n.language),
                })}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('allocate.startDate')}
            type="date"
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
            error={errors.startDate}
            required
          />
        </div>
      )}
      {allocate.error && Object.keys(errors).length === 0 && <ServerError error={allocate.error} />}
      {errors.householdId && <Paragraph>{errors.householdId}</Paragraph>}
      {Boolean(vacant.data?.items.length) && (
        <div className="form-actions">
          <SubmitButton pending={allocate.isPending} label={t('allocate.submit')} />
        </div>
      )}
    </form>
  );
}
