import {
  type HouseholdSelfSettlement,
  openSelfSettlement,
  type SelfSettlementCase,
  type SelfSettlementChecks,
} from '@ankomst/contracts/housing';
import { Alert, Button, Checkbox, Fieldset, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { QueryState } from '../../../components/states';
import { formatNok } from '../../../format/format';
import { ruleMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../forms/rule-messages';
import { useDecideSelfSettlement, useOpenSelfSettlement, useSelfSettlement, useUpdateSelfSettlementChecklist } from '../api/use-housing';
import { ConflictExplained, SaveError } from './conflict-notice';

const checkKeys: Array<keyof SelfSettlementChecks> = [
  'permitConfirmedWithImdi',
  'notAssignedElsewhere',
  'depositAndFirstRentAvailable',
  'leaseLegallyApproved',
  'standardInspected',
];

/**
 * Agreed self-settlement: the checks before approval, one click each, approval only when all pass.
 * The household names its cases (open one first, then the newest), so every colleague and every
 * tab finds the same case; after a rejection a new case can be opened.
 */
export function SelfSettlementPanel({
  householdId,
  cases,
  canWrite,
}: {
  householdId: string;
  cases: HouseholdSelfSettlement[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const caseId = cases[0]?.id;
  const current = useSelfSettlement(caseId);
  // Held here, not in the form: when a colleague's case replaces the form, the refusal is still explained.
  const open = useOpenSelfSettlement();
  if (!caseId) {
    return canWrite ? <OpenCaseForm householdId={householdId} open={open} /> : <Paragraph>{t('selfSettlement.none')}</Paragraph>;
  }
  if (current.isPending || current.error) {
    return <QueryState error={current.error} isPending={current.isPending} feature={t('selfSettlement.title')} />;
  }
  return (
    <>
      <ConflictExplained error={open.error} />
      <Checklist current={current.data} canWrite={canWrite} />
      {canWrite && current.data.status === 'rejected' && <OpenCaseForm householdId={householdId} open={open} />}
    </>
  );
}

function OpenCaseForm({ householdId, open }: { householdId: string; open: ReturnType<typeof useOpenSelfSettlement> }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState('');
  const [rent, setRent] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = openSelfSettlement.safeParse({
      householdId,
      address,
      monthlyRentNok: rent.trim() === '' ? undefined : Number(rent.replace(/\s/g, '')),
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(t, parsed.error));
      return;
    }
    setErrors({});
    open.mutate(parsed.data, { onError: (error) => setErrors(serverFieldErrors(t, error)) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('selfSettlement.open')}>
      <Paragraph>{t('selfSettlement.lead')}</Paragraph>
      <div className="form-grid">
        <TextField
          label={t('selfSettlement.address')}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          error={errors.address}
          required
        />
        <TextField
          label={t('selfSettlement.rent')}
          inputMode="numeric"
          value={rent}
          onChange={(e) => setRent(e.target.value)}
          error={errors.monthlyRentNok}
          required
        />
      </div>
      {open.error && Object.keys(errors).length === 0 && <SaveError error={open.error} onReload={open.reset} />}
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={open.isPending}>
          {t('selfSettlement.open')}
        </Button>
      </div>
    </form>
  );
}

function Checklist({ current, canWrite }: { current: SelfSettlementCase; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateSelfSettlementChecklist();
  const decide = useDecideSelfSettlement();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const decided = current.status !== 'open';
  const rentOk = current.monthlyRentNok <= current.rentLimitNok;
  return (
    <div className="stack" data-testid="self-settlement">
      <Paragraph>
        {t('selfSettlement.summary', {
          address: current.address,
          rent: formatNok(current.monthlyRentNok, i18n.language),
          limit: formatNok(current.rentLimitNok, i18n.language),
          count: current.householdSize,
        })}
      </Paragraph>
      <Tag data-color={current.status === 'approved' ? 'success' : current.status === 'rejected' ? 'danger' : 'info'}>
        {t(`selfSettlement.status.${current.status}`)}
      </Tag>
      <Fieldset>
        <Fieldset.Legend>{t('selfSettlement.checks')}</Fieldset.Legend>
        {/* Computed by the server from rent and household size: a fact shown, not a box to tick. */}
        <div className="computed-check" data-testid="rent-check">
          <Tag data-color={rentOk ? 'success' : 'danger'} data-size="sm">
            {rentOk ? t('selfSettlement.passed') : t('selfSettlement.failed')}
          </Tag>{' '}
          {t('selfSettlement.check.rentWithinLimit')}
          <Paragraph data-size="sm">{rentOk ? t('selfSettlement.rentOk') : t('selfSettlement.rentTooHigh')}</Paragraph>
        </div>
        {checkKeys.map((key) => (
          <Checkbox
            key={key}
            label={t(`selfSettlement.check.${key}`)}
            checked={current.checks[key]}
            disabled={!canWrite || decided || update.isPending}
            onChange={(e) => update.mutate({ id: current.id, [key]: e.target.checked })}
          />
        ))}
      </Fieldset>
      {update.error && <SaveError error={update.error} onReload={update.reset} />}
      {current.status === 'rejected' && current.rejectionReason && (
        <Alert data-color="danger">
          <Paragraph>{t('selfSettlement.rejectedBecause', { reason: current.rejectionReason })}</Paragraph>
        </Alert>
      )}
      {canWrite && !decided && (
        <div className="stack">
          <Paragraph role="status">{current.readyForApproval ? t('selfSettlement.ready') : t('selfSettlement.notReady')}</Paragraph>
          <div className="form-actions">
            <Button
              type="button"
              disabled={!current.readyForApproval || decide.isPending}
              onClick={() => decide.mutate({ id: current.id, outcome: 'approved' })}
            >
              {t('selfSettlement.approve')}
            </Button>
          </div>
          <TextField
            label={t('selfSettlement.rejectReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError}
          />
          <div className="form-actions">
            <Button
              type="button"
              variant="secondary"
              data-color="danger"
              disabled={decide.isPending}
              onClick={() => {
                if (reason.trim().length < 3) {
                  setReasonError(ruleMessage(t, 'must say why (at least 3 characters)'));
                  return;
                }
                setReasonError(undefined);
                decide.mutate({ id: current.id, outcome: 'rejected', reason });
              }}
            >
              {t('selfSettlement.reject')}
            </Button>
          </div>
          {decide.error && <SaveError error={decide.error} onReload={decide.reset} />}
        </div>
      )}
    </div>
  );
}
