import { type HouseholdDetail, settleHousehold, settlePerson } from '@ankomst/contracts/housing';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { formatNok, osloToday } from '../../../format/format';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useDwellings } from '../api/use-housing';
import { useSettleHousehold, useSettlePerson } from '../api/use-settlement';
import { ConflictExplained, SaveError } from './conflict-notice';

const everyone = 'everyone';

/**
 * Settles the whole household on one day (moving into a vacant dwelling, when it has none
 * yet and the user may allocate), or one member at a time.
 */
export function SettleHouseholdPanel({ household, canAllocate }: { household: HouseholdDetail; canAllocate: boolean }) {
  const { t } = useTranslation();
  const settleAll = useSettleHousehold();
  const settleOne = useSettlePerson();
  const [who, setWho] = useState(everyone);
  const [settledOn, setSettledOn] = useState(osloToday());
  const [dwellingId, setDwellingId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const waiting = household.members.filter((member) => !member.settledOn && !member.movedOut);
  // A household with a home of its own (an approved self-settlement) moves in there, not into a municipal dwelling.
  const offerDwelling = who === everyone && !household.home && canAllocate && household.situation !== 'self-settlement-approved';
  const error = settleAll.error ?? settleOne.error;

  if (waiting.length === 0)
    return (
      <>
        <ConflictExplained error={error} />
        <Paragraph data-testid="all-settled">{t('settleHousehold.allSettled')}</Paragraph>
      </>
    );

  const onError = (failure: unknown) => setErrors(serverFieldErrors(t, failure));
  const onSuccess = () => {
    setDone(true);
    setWho(everyone);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const parsed =
      who === everyone
        ? settleHousehold.safeParse({ id: household.id, settledOn, dwellingId: offerDwelling && dwellingId ? dwellingId : undefined })
        : settlePerson.safeParse({ personId: who, settledOn });
    if (!parsed.success) {
      setErrors(zodFieldErrors(t, parsed.error));
      return;
    }
    setErrors({});
    if ('personId' in parsed.data) settleOne.mutate(parsed.data, { onSuccess, onError });
    else settleAll.mutate(parsed.data, { onSuccess, onError });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('settleHousehold.title')}>
      <Paragraph>{t('settleHousehold.lead')}</Paragraph>
      {done && (
        <Alert data-color="success" role="status" data-testid="settled-done">
          <Paragraph>{t('settleHousehold.done')}</Paragraph>
        </Alert>
      )}
      <div className="form-grid">
        <SelectField label={t('settleHousehold.who')} value={who} onChange={(e) => setWho(e.target.value)} error={errors.personId}>
          <option value={everyone}>{t('settleHousehold.everyone', { count: waiting.length })}</option>
          {waiting.map((member) => (
            <option key={member.id} value={member.id}>
              {member.givenName} {member.familyName}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('settleHousehold.settledOn')}
          type="date"
          value={settledOn}
          onChange={(e) => setSettledOn(e.target.value)}
          error={errors.settledOn}
          required
        />
        {offerDwelling && <DwellingChoice value={dwellingId} onChange={setDwellingId} error={errors.dwellingId} />}
      </div>
      {household.home && <Paragraph>{t('settleHousehold.movesInto', { address: household.home.address })}</Paragraph>}
      {error && Object.keys(errors).length === 0 && (
        <SaveError
          error={error}
          onReload={() => {
            settleAll.reset();
            settleOne.reset();
          }}
        />
      )}
      <div className="form-actions">
        <SubmitButton pending={settleAll.isPending || settleOne.isPending} label={t('settleHousehold.submit')} />
      </div>
    </form>
  );
}

function DwellingChoice({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: string }) {
  const { t, i18n } = useTranslation();
  const vacant = useDwellings(true);
  return (
    <SelectField
      label={t('settleHousehold.dwelling')}
      description={t('settleHousehold.dwellingHint')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    >
      <option value="">{t('settleHousehold.noDwelling')}</option>
      {vacant.data?.items.map((d) => (
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
  );
}
