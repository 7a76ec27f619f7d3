import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';

/**
 * One form of the participant page: checks the input with the endpoint's own zod schema before
 * sending, and places the server's 400 issues next to the same fields.
 */
export function useEndpointForm<S extends z.ZodType>(
  schema: S,
  send: (input: z.output<S>, done: { onError: (e: unknown) => void }) => void,
) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (input: unknown) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(zodFieldErrors(t, parsed.error, input));
      return;
    }
    setErrors({});
    send(parsed.data, { onError: (error) => setErrors(serverFieldErrors(t, error)) });
  };
  return { errors, submit };
}
