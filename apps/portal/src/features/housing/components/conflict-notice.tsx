import { Button, Paragraph } from '@digdir/designsystemet-react';
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
  if (!(error instanceof ApiError && error.status === 409)) return <ServerError error={error} />;
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
