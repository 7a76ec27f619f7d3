import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError } from '../../api/api-error';
import { useLogin } from '../../auth/use-session';
import { TextField } from '../../components/form-field';
import { ServerError } from '../../components/states';
import { ruleMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../forms/rule-messages';

const credentials = z.object({
  username: z.string().trim().min(1, 'must not be empty'),
  password: z.string().min(1, 'must not be empty'),
});

/** How long the server said to wait (Retry-After), in seconds up to a minute, else whole minutes. */
function waitMessage(t: TFunction, seconds: number | undefined): string {
  if (seconds === undefined || seconds <= 0) return t('auth.tooManyAttempts');
  if (seconds < 60) return t('auth.tooManyAttemptsSeconds', { count: seconds });
  return t('auth.tooManyAttemptsMinutes', { count: Math.ceil(seconds / 60) });
}

/** Local login. Wrong credentials get one plain sentence; field issues go next to the fields. */
export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = credentials.safeParse({ username, password });
    if (!parsed.success) {
      setErrors(zodFieldErrors(t, parsed.error));
      return;
    }
    setErrors({});
    login.mutate(parsed.data, {
      onSuccess,
      onError: (error) => setErrors(serverFieldErrors(t, error)),
    });
  };

  const failure = login.error;
  const wrongCredentials = failure instanceof ApiError && (failure.status === 401 || failure.status === 403);
  const tooMany = failure instanceof ApiError && failure.status === 429;
  return (
    <form onSubmit={submit} noValidate className="stack" aria-describedby={failure ? 'login-error' : undefined}>
      {failure && (
        <div id="login-error">
          {wrongCredentials ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t('auth.wrongCredentials')}</Paragraph>
            </Alert>
          ) : tooMany ? (
            <Alert data-color="warning" role="alert">
              <Paragraph>{waitMessage(t, failure.retryAfterSeconds)}</Paragraph>
            </Alert>
          ) : Object.keys(errors).length === 0 ? (
            <ServerError error={failure} />
          ) : null}
        </div>
      )}
      <TextField
        label={t('auth.username')}
        name="username"
        autoComplete="username"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        error={errors.username}
        required
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
        required
      />
      <Button type="submit" disabled={login.isPending}>
        {login.isPending ? t('auth.signingIn') : t('auth.signIn')}
      </Button>
      {errors['(body)'] && <Paragraph>{ruleMessage(t, errors['(body)'])}</Paragraph>}
    </form>
  );
}
