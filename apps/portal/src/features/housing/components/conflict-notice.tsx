import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { queryKeys } from '../../../api/query-keys';
import { ServerError } from '../../../components/states';

/**
 * A failed save, said so staff can act: a 409 means a colleague (or another tab) changed the
 * same thing first, so it says what was refused and offers to load what is saved now.
 */
export function SaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  if (!isConflict(error)) return <ServerError error={error} />;
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.housing.all });
    onReload();
  };
  return (
    <div className="stack" data-testid="conflict">
      <ServerError error={error} />
      <Paragraph>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => void reload()}>
          {t('conflictNotice.reload')}
        </Button>
      </Paragraph>
    </div>
  );
}

const isConflict = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 409;

/**
 * After a 409 the portal loads what is saved (app.tsx), and the form that failed may be gone
 * (the colleague's case or settlement is shown instead): this says why the page changed.
 */
export function ConflictExplained({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isConflict(error)) return null;
  return (
    <Alert data-color="info" role="status" data-testid="conflict-explained">
      <Paragraph>
        {(error.reason && t(`errors.reason.${error.reason.code}`, { ...error.reason.params, defaultValue: '' })) ||
          t('errors.title.conflict')}
        {'. '}
        {t('conflictNotice.reloaded')}
      </Paragraph>
    </Alert>
  );
}
