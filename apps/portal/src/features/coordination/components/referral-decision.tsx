import { decideReferral, type Referral } from '@ankomst/contracts/case-overview';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerError } from '../../../components/states';
import { TextAreaField } from '../../../components/text-area-field';
import { formatDate } from '../../../format/format';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useDecideReferral } from '../api/use-cases';

/**
 * The receiving unit's answer to one referral: accept or reject an open one (a rejection says
 * why), complete an accepted one. The service decides who may; this only offers it to the receiver.
 */
export function ReferralDecision({ referral }: { referral: Referral }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideReferral();
  const errors = useFieldErrors();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const noteId = `referral-${referral.id}-note`;
  const named = { from: t(`department.${referral.fromDepartment}`), date: formatDate(referral.createdAt, i18n.language) };

  const send = (decision: 'accept' | 'reject' | 'complete') => {
    const parsed = decideReferral.safeParse({ referralId: referral.id, decision, note: decision === 'reject' ? note.trim() : undefined });
    if (!parsed.success) {
      errors.show(zodFieldErrors(t, parsed.error));
      return;
    }
    errors.reset();
    decide.mutate(parsed.data, {
      onSuccess: () => setRejecting(false),
      onError: (error) => errors.show(serverFieldErrors(t, error)),
    });
  };
  const submitRejection = (event: FormEvent) => {
    event.preventDefault();
    send('reject');
  };

  return (
    <div className="referral-decision">
      {/* The row's buttons go once it is answered: the outcome is said where the focus was. */}
      <Paragraph data-size="sm" role="status">
        {decide.isSuccess ? t('referrals.decided', { status: t(`referrals.statusKind.${decide.data.status}`) }) : ''}
      </Paragraph>
      {decide.error && Object.keys(errors.errors).length === 0 && <ServerError error={decide.error} />}
      {referral.status === 'open' && !rejecting && (
        <div className="form-actions">
          <Button data-size="sm" disabled={decide.isPending} onClick={() => send('accept')} aria-label={t('referrals.acceptNamed', named)}>
            {t('referrals.accept')}
          </Button>
          <Button data-size="sm" variant="secondary" onClick={() => setRejecting(true)} aria-label={t('referrals.rejectNamed', named)}>
            {t('referrals.reject')}
          </Button>
        </div>
      )}
      {referral.status === 'open' && rejecting && (
        <form onSubmit={submitRejection} noValidate aria-label={t('referrals.rejectNamed', named)}>
          <FormErrorSummary
            errors={errors.errors}
            summaryRef={errors.summaryRef}
            fieldId={() => noteId}
            label={(f) => t(`referrals.fields.${f}`)}
          />
          <TextAreaField
            id={noteId}
            label={t('referrals.rejectReason')}
            rows={2}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              errors.clear(['note']);
            }}
            error={errors.errors.note}
            required
            autoFocus
          />
          <div className="form-actions">
            <SubmitButton pending={decide.isPending} label={t('referrals.confirmReject')} data-size="sm" />
            <Button data-size="sm" variant="tertiary" onClick={() => setRejecting(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
      {referral.status === 'accepted' && (
        <Button
          data-size="sm"
          disabled={decide.isPending}
          onClick={() => send('complete')}
          aria-label={t('referrals.completeNamed', named)}
        >
          {t('referrals.complete')}
        </Button>
      )}
    </div>
  );
}
