import { Button, ErrorSummary } from '@digdir/designsystemet-react';
import { createUserRequest, roles, type UserView } from '@ankomst/contracts';
import { useRef, useState, type ComponentRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../forms/rule-messages';
import { useCreateUser } from '../api/use-users';

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
  const [errors, setErrors] = useState<FieldErrors>({});
  const summaryRef = useRef<ComponentRef<typeof ErrorSummary>>(null);

  const update = (field: keyof UserDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    // A message about the old value must not stay next to the new one.
    setErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  };

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createUserRequest.safeParse({ ...draft, username: draft.username.trim(), displayName: draft.displayName.trim() });
    if (!parsed.success) {
      showErrors(zodFieldErrors(t, parsed.error));
      return;
    }
    setErrors({});
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

  const errorEntries = Object.entries(errors);
  const serverFailed = create.error && errorEntries.length === 0;
  const label = (field: string) => (fields.includes(field as (typeof fields)[number]) ? t(`users.${field}`) : t('form.field'));
  return (
    <form onSubmit={submit} noValidate aria-label={t('users.create.heading')}>
      {errorEntries.length > 0 && (
        <ErrorSummary ref={summaryRef} tabIndex={-1} data-testid="error-summary">
          <ErrorSummary.Heading>{t('form.errorSummary')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {errorEntries.map(([field, message]) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link href={`#${fieldId(field)}`}>
                  {label(field)}: {message}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
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
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('form.saving') : t('users.create.submit')}
        </Button>
      </div>
    </form>
  );
}
