import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { useRequestTransfer } from '../api/use-transfers';

export interface TransferCandidate {
  /** "Person 2 – Amal Yusuf", as the form names the member. */
  label: string;
  nationalId: string;
}

/**
 * Shown where registration answered "held by another municipality". The server says no
 * more than that (not which municipality, nor which member), so the officer picks the
 * member whose number it is and says why; the holding municipality decides.
 */
export function RequestTransferPanel({ candidates }: { candidates: TransferCandidate[] }) {
  const { t } = useTranslation();
  const request = useRequestTransfer();
  const [chosen, setChosen] = useState(0);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();

  if (request.isSuccess) {
    return (
      <Alert data-color="success" role="status" data-testid="transfer-requested">
        <Paragraph>{t('transfers.requested')}</Paragraph>
        <Link asChild>
          <RouterLink to="/housing/transfers">{t('transfers.goToList')}</RouterLink>
        </Link>
      </Alert>
    );
  }
  const submit = () => {
    if (reason.trim().length < 3) {
      setReasonError(t('validation.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    request.mutate({ nationalId: candidates[chosen].nationalId, reason: reason.trim() });
  };
  return (
    <Alert data-color="info" data-testid="held-elsewhere">
      <Heading level={2} data-size="xs">
        {t('transfers.heldElsewhere.title')}
      </Heading>
      <Paragraph>{t('transfers.heldElsewhere.body')}</Paragraph>
      <div className="stack">
        {candidates.length > 1 && (
          <SelectField label={t('transfers.whichPerson')} value={String(chosen)} onChange={(e) => setChosen(Number(e.target.value))}>
            {candidates.map((c, i) => (
              <option key={c.nationalId} value={i}>
                {c.label}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          label={t('transfers.reason')}
          description={t('transfers.reasonHelp')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          // The panel sits inside the registration form: Enter here requests, it does not register again.
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
          error={reasonError}
          required
        />
        <div className="form-actions">
          <Button type="button" onClick={submit} disabled={request.isPending}>
            {request.isPending ? t('form.saving') : t('transfers.request')}
          </Button>
        </div>
        {request.error && <ServerError error={request.error} />}
      </div>
    </Alert>
  );
}
