import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { nationalIdFeedback } from '../../../forms/national-id-field';
import { serverFieldErrors } from '../../../forms/rule-messages';
import { useRequestTransfer } from '../api/use-transfers';
import { SubmitButton } from '../../../forms/submit-button';

/**
 * Asking for a person by national id when the officer already knows another municipality
 * holds them. The number goes in the request body; the answer names no municipality.
 */
export function RequestTransferForm() {
  const { t, i18n } = useTranslation();
  const request = useRequestTransfer();
  const [nationalId, setNationalId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const feedback = nationalId.replace(/\s/g, '').length >= 11 ? nationalIdFeedback(t, nationalId, i18n.language) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const id = nationalIdFeedback(t, nationalId, i18n.language);
    if (!id) found.nationalId = t('validation.required');
    else if (!id.valid) found.nationalId = id.message;
    if (reason.trim().length < 3) found.reason = t('validation.reasonRequired');
    setErrors(found);
    if (Object.keys(found).length) return;
    request.mutate(
      { nationalId: nationalId.replace(/\s/g, ''), reason: reason.trim() },
      {
        onSuccess: () => {
          setNationalId('');
          setReason('');
        },
        onError: (error) => setErrors(serverFieldErrors(t, error)),
      },
    );
  };
  // 404: nobody else holds the number, so there is nothing to transfer: register the person instead.
  const heldNowhere = request.error instanceof ApiError && request.error.status === 404;
  const serverFailed = request.error && !heldNowhere && Object.keys(errors).length === 0;
  return (
    <form onSubmit={submit} noValidate aria-label={t('transfers.requestHeading')} className="stack">
      <div className="form-grid">
        <TextField
          label={t('person.nationalId')}
          inputMode="numeric"
          autoComplete="off"
          value={nationalId}
          onChange={(e) => setNationalId(e.target.value)}
          error={errors.nationalId ?? (feedback && !feedback.valid ? feedback.message : undefined)}
          success={feedback?.valid ? feedback.message : undefined}
          required
        />
        <TextField
          label={t('transfers.reason')}
          description={t('transfers.reasonHelp')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
          required
        />
      </div>
      <div className="form-actions">
        <SubmitButton pending={request.isPending} label={t('transfers.request')} />
      </div>
      {request.isSuccess && <Paragraph role="status">{t('transfers.requested')}</Paragraph>}
      {heldNowhere && (
        <Alert data-color="info" role="status">
          <Paragraph>{t('transfers.heldNowhere')}</Paragraph>
        </Alert>
      )}
      {serverFailed && <ServerError error={request.error} />}
    </form>
  );
}
