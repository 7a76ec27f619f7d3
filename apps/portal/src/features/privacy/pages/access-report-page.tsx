import { accessReportByNationalId } from '@ankomst/contracts';
import { Alert, Button, Heading } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../api/api-error';
import { TextField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { QueryState, ServerError } from '../../../components/states';
import { zodFieldErrors } from '../../../forms/rule-messages';
import { useAccessReport, useAccessReportByNationalId } from '../api/use-privacy';
import { classifyPersonQuery } from '../access-report-query';
import { AccessReportResult } from '../components/access-report-result';

const queryId = 'access-report-query';

/**
 * Who accessed one person's data, when and why: the person's right to know (Normen fact sheet 15).
 * Found by the person's id, or by fødselsnummer / D-nummer: the number is checked here with the
 * contracts' rule and then POSTed; it never goes into the address.
 */
export default function AccessReportPage() {
  const { t } = useTranslation();
  // A person id (never a national id) may come in the address, from the break-glass list.
  const [params] = useSearchParams();
  const fromUrl = classifyPersonQuery(params.get('person') ?? '');
  const [input, setInput] = useState(fromUrl.kind === 'personId' ? fromUrl.personId : '');
  const [personId, setPersonId] = useState(fromUrl.kind === 'personId' ? fromUrl.personId : '');
  const [byName, setByName] = useState(false);
  const [error, setError] = useState<string>();
  const report = useAccessReport(personId);
  const byNumber = useAccessReportByNationalId();

  const refuse = (message: string) => {
    setError(message);
    document.getElementById(queryId)?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = classifyPersonQuery(input);
    setError(undefined);
    setByName(query.kind === 'name');
    setPersonId(query.kind === 'personId' ? query.personId : '');
    byNumber.reset();
    if (query.kind === 'empty') refuse(t('validation.required'));
    if (query.kind !== 'nationalId') return;
    const parsed = accessReportByNationalId.safeParse({ nationalId: query.nationalId });
    if (!parsed.success) refuse(zodFieldErrors(t, parsed.error).nationalId ?? t('form.field'));
    else byNumber.mutate(parsed.data);
  };

  const notOnRecord = byNumber.error instanceof ApiError && byNumber.error.status === 404;
  const found = byNumber.data;
  const names = found?.persons.map((p) => p.displayName).join(', ');
  return (
    <Page title={t('accessReport.title')} lead={t('accessReport.lead')}>
      <form className="filters" role="search" aria-label={t('accessReport.title')} onSubmit={submit} noValidate autoComplete="off">
        <TextField
          id={queryId}
          label={t('privacyReport.queryLabel')}
          description={t('privacyReport.queryHelp')}
          value={input}
          onChange={(e) => {
            setInput(e.target.value);
            setError(undefined);
          }}
          error={error}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" disabled={byNumber.isPending}>
          {t('accessReport.show')}
        </Button>
      </form>
      <div aria-live="polite" className="stack">
        {personId && <QueryState error={report.error} isPending={report.isPending} feature={t('accessReport.title')} />}
        {byName && (
          <Alert data-color="warning" data-testid="access-report-refused">
            {t('privacyReport.byName')}
          </Alert>
        )}
        {notOnRecord && (
          <Alert data-color="info" data-testid="access-report-not-on-record">
            {t('privacyReport.notOnRecord')}
          </Alert>
        )}
        {byNumber.error && !notOnRecord && <ServerError error={byNumber.error} />}
        {report.data && (
          <AccessReportResult report={report.data} emptyText={t('privacyReport.empty', { personId: report.data.personId })} />
        )}
        {found && (
          <>
            <Heading level={2} data-size="sm" data-testid="access-report-person">
              {t('privacyReport.reportForNames', { names })}
            </Heading>
            <AccessReportResult
              report={{ personId: found.persons[0].personId, accesses: found.accesses }}
              emptyText={t('privacyReport.emptyFor', { names })}
            />
          </>
        )}
      </div>
    </Page>
  );
}
