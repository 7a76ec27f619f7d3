import { createUserRequest, roles, type UserView } from '@ankomst/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useCreateUser } from '../api/use-users';
import { SubmitButton } from '../../../forms/submit-button';

interface UserDraft {
  username: string;
  displayName: string;
  role: string;
  password: string;
}

const emptyDraft = (): UserDraft => ({ username: '', displayName: '', role: '', password: '' });
const fields = ['username', 'displayName', 'role', 'password'] as const;
const fieldId = (field: string) => `new-user-${field}`;

/** A local account (username + password) in the admin's municipality, checked with the contract's schema. */
export function CreateUserForm({ onCreated }: { onCreated: (user: UserView) => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [draft, setDraft] = useState<UserDraft>(emptyDraft);
  const { errors, clear: clearErrors, show: showErrors, reset: resetErrors, summaryRef } = useFieldErrors();

  const update = (field: keyof UserDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    clearErrors([field]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createUserRequest.safeParse({ ...draft, username: draft.username.trim(), displayName: draft.displayName.trim() });
    if (!parsed.success) {
      showErrors(zodFieldErrors(t, parsed.error));
      return;
    }
    resetErrors();
    create.mutate(parsed.data, {
      onSuccess: (user) => {
        setDraft(emptyDraft());
        onCreated(user);
      },
      onError: (error) => {
        // 409: the username belongs to an account somewhere (usernames are unique across municipalities).
        if (error instanceof ApiError && error.status === 409) {
          showErrors({ username: t('users.create.usernameTaken') });
          return;
        }
        const fromServer = serverFieldErrors(t, error);
        if (Object.keys(fromServer).length > 0) showErrors(fromServer);
      },
    });
  };

  const serverFailed = create.error && Object.keys(errors).length === 0;
  const label = (field: string) => (fields.includes(field as (typeof fields)[number]) ? t(`users.${field}`) : t('form.field'));
  return (
    <form onSubmit={submit} noValidate aria-label={t('users.create.heading')}>
      <FormErrorSummary errors={errors} summaryRef={summaryRef} fieldId={fieldId} label={label} />
      {serverFailed && <ServerError error={create.error} />}
      <div className="form-grid">
        <TextField
          id={fieldId('username')}
          label={t('users.username')}
          description={t('users.create.usernameHelp')}
          autoComplete="off"
          spellCheck={false}
          value={draft.username}
          onChange={(e) => update('username', e.target.value)}
          error={errors.username}
          required
        />
        <TextField
          id={fieldId('displayName')}
          label={t('users.displayName')}
          autoComplete="off"
          value={draft.displayName}
          onChange={(e) => update('displayName', e.target.value)}
          error={errors.displayName}
          required
        />
        <SelectField
          id={fieldId('role')}
          label={t('users.role')}
          value={draft.role}
          onChange={(e) => update('role', e.target.value)}
          error={errors.role}
          required
        >
          <option value="">{t('form.choose')}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldId('password')}
          label={t('users.password')}
          description={t('users.create.passwordHelp')}
          type="password"
          autoComplete="new-password"
          value={draft.password}
          onChange={(e) => update('password', e.target.value)}
          error={errors.password}
          required
        />
      </div>
      <div className="form-actions">
        <SubmitButton pending={create.isPending} label={t('users.create.submit')} />
      </div>
    </form>
  );
}
