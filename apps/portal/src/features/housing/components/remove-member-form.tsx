import { householdLeaveReason, type HouseholdView, removeHouseholdMember } from '@ankomst/contracts/housing';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { osloToday } from '../../../format/format';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useRemoveHouseholdMember } from '../api/use-housing-editing';

const fieldId = (path: string) => `remove-member-${path}`;
const labels: Record<string, string> = { personId: 'memberRemove.who', leftOn: 'memberRemove.leftOn', reason: 'memberRemove.reason' };

/** Takes one member out of the household (never the last one); the server keeps the record and says when and why. */
export function RemoveMemberForm({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const remove = useRemoveHouseholdMember();
  const current = household.members.filter((m) => !m.movedOut);
  const [personId, setPersonId] = useState('');
  const [leftOn, setLeftOn] = useState(osloToday());
  const [reason, setReason] = useState<string>('moved-out');
  const [removed, setRemoved] = useState<string>();
  const { errors, show, reset, summaryRef } = useFieldErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRemoved(undefined);
    const parsed = removeHouseholdMember.safeParse({ householdId: household.id, personId, leftOn, reason });
    if (!parsed.success) return show(zodFieldErrors(t, parsed.error));
    reset();
    const who = current.find((m) => m.id === personId);
    remove.mutate(parsed.data, {
      onSuccess: () => {
        setRemoved(who ? `${who.givenName} ${who.familyName}` : '');
        setPersonId('');
      },
      onError: (error) => {
        const fromServer = serverFieldErrors(t, error);
        if (Object.keys(fromServer).length) show(fromServer);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('memberRemove.title')}>
      <Paragraph>{t('memberRemove.lead')}</Paragraph>
      <FormErrorSummary errors={errors} summaryRef={summaryRef} fieldId={fieldId} label={(path) => t(labels[path] ?? 'form.field')} />
      {remove.error && Object.keys(errors).length === 0 && <ServerError error={remove.error} />}
      {removed !== undefined && (
        <Alert data-color="success" role="status" data-testid="member-removed">
          <Paragraph>{t('memberRemove.removed', { name: removed })}</Paragraph>
        </Alert>
      )}
      {current.length <= 1 ? (
        <Paragraph data-testid="last-member">{t('errors.reason.last_member')}</Paragraph>
      ) : (
        <>
          <div className="form-grid">
            <SelectField
              id={fieldId('personId')}
              label={t('memberRemove.who')}
              value={personId}
              onChange={(e) => setPersonId(e.target.value)}
              error={errors.personId}
              required
            >
              <option value="">{t('form.choose')}</option>
              {current.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.givenName} {m.familyName}
                </option>
              ))}
            </SelectField>
            <TextField
              id={fieldId('leftOn')}
              label={t('memberRemove.leftOn')}
              type="date"
              value={leftOn}
              onChange={(e) => setLeftOn(e.target.value)}
              error={errors.leftOn}
              required
            />
            <SelectField id={fieldId('reason')} label={t('memberRemove.reason')} value={reason} onChange={(e) => setReason(e.target.value)}>
              {householdLeaveReason.options.map((r) => (
                <option key={r} value={r}>
                  {t(`memberRemove.reasons.${r}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="form-actions">
            <SubmitButton pending={remove.isPending} label={t('memberRemove.submit')} />
          </div>
        </>
      )}
    </form>
  );
}
