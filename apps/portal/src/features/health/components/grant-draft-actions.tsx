import { Alert, Button } from '@digdir/designsystemet-react';
import type { ExtraGrantView } from '@ankomst/contracts/health';
import { useTranslation } from 'react-i18next';
import { osloToday } from '../../../format/format';
import { ServerError } from '../../../components/states';
import { serverFieldErrors } from '../../../forms/rule-messages';
import { useSubmitExtraGrant, useUpdateExtraGrant } from '../api/use-health';

/**
 * A draft's next steps: record IMDi's consent form and the doctor's statement as received
 * today, and send it. A refusal names each missing piece in words.
 */
export function GrantDraftActions({ grant }: { grant: ExtraGrantView }) {
  const { t } = useTranslation();
  const update = useUpdateExtraGrant();
  const submit = useSubmitExtraGrant();
  const errors = submit.error ? serverFieldErrors(t, submit.error) : {};
  const today = osloToday();
  return (
    <div className="grant-actions">
      {!grant.consentFormReceivedOn && (
        <Button
          data-size="sm"
          variant="tertiary"
          disabled={update.isPending}
          onClick={() => update.mutate({ applicationId: grant.id, consentFormReceivedOn: today })}
        >
          {t('health.grants.consentReceived')}
        </Button>
      )}
      {!grant.doctorStatementReceivedOn && (
        <Button
          data-size="sm"
          variant="tertiary"
          disabled={update.isPending}
          onClick={() => update.mutate({ applicationId: grant.id, doctorStatementReceivedOn: today })}
        >
          {t('health.grants.statementReceived')}
        </Button>
      )}
      <Button
        data-size="sm"
        variant="secondary"
        disabled={submit.isPending}
        onClick={() => submit.mutate({ applicationId: grant.id, submittedOn: today })}
      >
        {t('health.grants.submit')}
      </Button>
      {submit.error && Object.keys(errors).length === 0 && <ServerError error={submit.error} />}
      {Object.keys(errors).length > 0 && (
        <Alert data-color="danger" data-testid="grant-refused">
          {t('health.grants.refused')}
          <ul>
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>
                {t(`health.grants.field.${field}`, { defaultValue: field })}: {message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}
