import { Button } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

/** A form's submit button: disabled and saying "saving" while the mutation runs. */
export function SubmitButton({ pending, label, ...button }: { pending: boolean; label: string } & ComponentProps<typeof Button>) {
  const { t } = useTranslation();
  return (
    <Button type="submit" disabled={pending} {...button}>
      {pending ? t('form.saving') : label}
    </Button>
  );
}
