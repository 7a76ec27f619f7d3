import { Alert, Button, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { breakGlassCoverable, breakGlassRequest, hasPermission, type BreakGlassGrant } from '@ankomst/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../api/api-error';
import { useSession } from '../../../auth/use-session';
import { TextField } from '../../../components/form-field';
import { TextAreaField } from '../../../components/text-area-field';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState, ServerError } from '../../../components/states';
import { formatDate, formatDateTime } from '../../../format/format';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useOpenBreakGlass, useOwnBreakGlass, usePersonUnderGrant } from '../api/use-privacy';

const fieldId = (field: string) => `break-glass-${field}`;

/**
 * Emergency access for one person: who, why, for how long and what it opens, said before the
 * user commits; then the grants still running, each with the person's record it opens.
 * A person id may come in the address (?person=…, an id, never a national id).
 */
export default function BreakGlassRequestPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [params] = useSearchParams();
  const own = useOwnBreakGlass(true);
  const open = useOpenBreakGlass();
  const [personId, setPersonId] = useState(params.get('person') ?? '');
  const [reason, setReason] = useState('');
  const [opened, setOpened] = useState<BreakGlassGrant>();
  const [shown, setShown] = useState<string>();
  const { errors, clear, show, reset, summaryRef } = useFieldErrors();
  const lifted = breakGlassCoverable.filter((permission) => user && !hasPermission(user.role, permission));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpened(undefined);
    const parsed = breakGlassRequest.safeParse({ personId: personId.trim(), reason: reason.trim() });
    if (!parsed.success) {
      show(zodFieldErrors(t, parsed.error));
      return;
    }
    reset();
    open.mutate(parsed.data, {
      onSuccess: (grant) => {
        setOpened(grant);
        setShown(grant.personId);
        setReason('');
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 404) show({ personId: t('breakGlassRequest.notFound') });
        else {
          const fromServer = serverFieldErrors(t, error);
          if (Object.keys(fromServer).length > 0) show(fromServer);
        }
      },
    });
  };

  const label = (field: string) => (field === 'personId' ? t('breakGlassRequest.person') : t('breakGlassRequest.reason'));
  const serverFailed = open.error && Object.keys(errors).length === 0;
  const grants = own.data?.grants ?? [];
  return (
    <Page title={t('breakGlassRequest.title')} lead={t('breakGlassRequest.lead')}>
      {opened && (
        <Alert data-color="warning" role="status" data-testid="break-glass-opened">
          {t('breakGlassRequest.opened', { until: formatDateTime(opened.expiresAt, i18n.language) })}
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label={t('breakGlassRequest.title')}>
        <FormErrorSummary errors={errors} summaryRef={summaryRef} fieldId={fieldId} label={label} />
        {serverFailed && <ServerError error={open.error} />}
        <div className="form-grid">
          <TextField
            id={fieldId('personId')}
            label={t('breakGlassRequest.person')}
            description={t('breakGlassRequest.personHelp')}
            autoComplete="off"
            spellCheck={false}
            value={personId}
            onChange={(e) => {
              setPersonId(e.target.value);
              clear(['personId']);
            }}
            error={errors.personId}
            required
          />
        </div>
        <TextAreaField
          id={fieldId('reason')}
          label={t('breakGlassRequest.reason')}
          description={t('breakGlassRequest.reasonHelp')}
          value={reason}
          required
          error={errors.reason}
          onChange={(e) => {
            setReason(e.target.value);
            clear(['reason']);
          }}
        />
        <dl className="facts" data-testid="break-glass-terms">
          <dt>{t('breakGlassRequest.duration')}</dt>
          <dd>{own.data ? t('breakGlassRequest.durationValue', { minutes: own.data.minutes }) : '…'}</dd>
          <dt>{t('breakGlassRequest.opens')}</dt>
          <dd>
            {lifted.length === 0 ? (
              t('breakGlassRequest.opensNothing')
            ) : (
              <>
                {t('breakGlassRequest.opensLead')}
                <List.Unordered>
                  {lifted.map((permission) => (
                    <List.Item key={permission}>{t(`breakGlassRequest.permissions.${permission.replace(':', '_')}`)}</List.Item>
                  ))}
                </List.Unordered>
              </>
            )}
            <Paragraph data-size="sm">{t('breakGlassRequest.opensNever')}</Paragraph>
          </dd>
        </dl>
        <Paragraph data-size="sm">{t('breakGlassRequest.logged')}</Paragraph>
        <div className="form-actions">
          <Button type="submit" data-color="danger" disabled={open.isPending || lifted.length === 0}>
            {open.isPending ? t('form.saving') : t('breakGlassRequest.submit')}
          </Button>
        </div>
      </form>

      <Section title={t('breakGlassRequest.activeHeading')} id="active">
        <QueryState error={own.error} isPending={own.isPending} feature={t('breakGlassRequest.activeHeading')} />
        {own.data && grants.length === 0 && <EmptyState text={t('breakGlassRequest.none')} />}
        {grants.length > 0 && (
          <List.Unordered data-testid="own-grants">
            {grants.map((grant) => (
              <List.Item key={grant.id}>
                <code>{grant.personId}</code> {t('breakGlassRequest.until', { time: formatDateTime(grant.expiresAt, i18n.language) })} ·{' '}
                <Button variant="tertiary" data-size="sm" onClick={() => setShown(grant.personId)}>
                  {t('breakGlassRequest.showPerson')}
                </Button>
              </List.Item>
            ))}
          </List.Unordered>
        )}
        {shown && hasPermission(user?.role ?? '', 'breakglass:use') && <PersonUnderGrant personId={shown} />}
      </Section>
    </Page>
  );
}

function PersonUnderGrant({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const person = usePersonUnderGrant(personId);
  return (
    <section aria-labelledby="person-under-grant" className="stack" data-testid="person-under-grant">
      <Heading level={3} data-size="xs" id="person-under-grant">
        {t('breakGlassRequest.personRecord')}
      </Heading>
      <QueryState error={person.error} isPending={person.isPending} feature={t('breakGlassRequest.personRecord')} />
      {person.data && (
        <dl className="facts">
          <dt>{t('person.givenName')}</dt>
          <dd>{person.data.givenName}</dd>
          <dt>{t('person.familyName')}</dt>
          <dd>{person.data.familyName}</dd>
          <dt>{t('person.birthDate')}</dt>
          <dd>{formatDate(person.data.birthDate, i18n.language)}</dd>
          <dt>{t('person.relationship')}</dt>
          <dd>{t(`relationship.${person.data.relationship}`, { defaultValue: person.data.relationship })}</dd>
        </dl>
      )}
    </section>
  );
}
