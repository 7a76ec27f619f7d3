import { changePasswordRequest } from '@ankomst/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { apiFetch } from '../../api/http';
import { TextField } from '../../components/form-field';
import { ServerError } from '../../components/states';
import { FormErrorSummary } from '../../forms/form-error-summary';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../forms/rule-messages';
import { useFieldErrors } from '../../forms/use-field-errors';
import { SubmitButton } from '../../forms/submit-button';

const fields = ['currentPassword', 'newPassword', 'repeatPassword'] as const;
type Field = (typeof fields)[number];
type Draft = Record<Field, string>;
const empty: Draft = { currentPassword: '', newPassword: '', repeatPassword: '' };
const fieldId = (field: string) => `account-${field}`;

/** POST /api/auth/password: the gateway checks the current password and ends every session. */
export const changeOwnPassword = (body: { currentPassword: string; newPassword: string }) =>
  apiFetch<void>('/api/auth/password', { method: 'POST', body });

/**
 * The signed-in user's own password: the current one, the new one twice (checked with the
 * contract's schema before sending). On success every session is over, this one too:
 * `onChanged` takes the user to the login page.
 */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const change = useMutation({ mutationFn: changeOwnPassword });
  const [draft, setDraft] = useState<Draft>(empty);
  const { errors, clear, show, reset, summaryRef } = useFieldErrors();

  const update = (field: Field, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    clear([field]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = changePasswordRequest.safeParse({ currentPassword: draft.currentPassword, newPassword: draft.newPassword });
    const found: FieldErrors = parsed.success ? {} : zodFieldErrors(t, parsed.error);
    if (!found.newPassword && draft.newPassword && draft.newPassword === draft.currentPassword)
      found.newPassword = t('account.sameAsCurrent');
    if (!draft.repeatPassword) found.repeatPassword = t('validation.required');
    else if (draft.repeatPassword !== draft.newPassword) found.repeatPassword = t('account.mismatch');
    if (!parsed.success || Object.keys(found).length > 0) {
      show(found);
      return;
    }
    reset();
    change.mutate(parsed.data, {
      onSuccess: () => {
        setDraft(empty);
        onChanged();
      },
      onError: (error) => {
        // 400 without field issues: the gateway's answer to a wrong current password.
        const fromServer = serverFieldErrors(t, error);
        if (Object.keys(fromServer).length > 0) show(fromServer);
        else if (error instanceof ApiError && error.status === 400) show({ currentPassword: t('account.wrongCurrent') });
      },
    });
  };

  const serverFailed = change.error && Object.keys(errors).length === 0;
  const label = (field: string) => (fields.includes(field as Field) ? t(`account.${field}`) : t('form.field'));
  return (
    <form onSubmit={submit} noValidate aria-label={t('account.passwordHeading')}>
      <FormErrorSummary errors={errors} summaryRef={summaryRef} fieldId={fieldId} label={label} />
      {serverFailed && <ServerError error={change.error} />}
      <div className="form-grid">
        <TextField
          id={fieldId('currentPassword')}
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={draft.currentPassword}
          onChange={(e) => update('currentPassword', e.target.value)}
          error={errors.currentPassword}
          required
        />
        <TextField
          id={fieldId('newPassword')}
          label={t('account.newPassword')}
          description={t('account.newPasswordHelp')}
          type="password"
          autoComplete="new-password"
          value={draft.newPassword}
          onChange={(e) => update('newPassword', e.target.value)}
          error={errors.newPassword}
          required
        />
        <TextField
          id={fieldId('repeatPassword')}
          label={t('account.repeatPassword')}
          type="password"
          autoComplete="new-password"
          value={draft.repeatPassword}
          onChange={(e) => update('repeatPassword', e.target.value)}
          error={errors.repeatPassword}
          required
        />
      </div>
      <div className="form-actions">
        <SubmitButton pending={change.isPending} label={t('account.submit')} />
      </div>
    </form>
  );
}
