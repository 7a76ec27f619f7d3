import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError, isNotAvailable } from '../api/api-error';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden data-size="md" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

/** A server error as a sentence staff can act on, with the reference support asks for. */
export function ServerError({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  const code = apiError?.code ?? 'internal';
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {title ?? t(`errors.title.${code}`)}
      </Heading>
      <Paragraph>
        {(apiError?.reason && t(`errors.reason.${apiError.reason.code}`, { ...apiError.reason.params, defaultValue: '' })) ||
          t(`errors.hint.${code}`)}
      </Paragraph>
      {apiError?.correlationId && <Paragraph data-size="sm">{t('errors.reference', { id: apiError.correlationId })}</Paragraph>}
    </Alert>
  );
}

/** The endpoint answers 404: the feature is announced but not deployed on this server yet. */
export function NotAvailable({ feature }: { feature: string }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="info" data-testid="not-available">
      <Heading level={2} data-size="xs">
        {t('notAvailable.title')}
      </Heading>
      <Paragraph>{t('notAvailable.body', { feature })}</Paragraph>
    </Alert>
  );
}

/** Loading, not-deployed and failure states shared by every page that reads one query. */
export function QueryState({ error, isPending, feature }: { error: unknown; isPending: boolean; feature: string }) {
  if (isPending) return <Loading />;
  if (isNotAvailable(error)) return <NotAvailable feature={feature} />;
  if (error) return <ServerError error={error} />;
  return null;
}

export function EmptyState({ text }: { text: string }) {
  return <Paragraph className="empty-state">{text}</Paragraph>;
}
