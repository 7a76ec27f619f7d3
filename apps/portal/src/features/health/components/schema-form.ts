import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../forms/rule-messages';

interface ErrorSink {
  show: (errors: FieldErrors) => void;
  reset: () => void;
}

/**
 * The draft checked with the contract's own schema: its data, or undefined with the messages shown.
 * zod runs a schema's cross-field rules only once every field passes, so `crossField` gives the
 * same rule's message up front, listed with the others instead of after they are fixed.
 */
export function validated<S extends z.ZodType>(
  t: TFunction,
  schema: S,
  input: unknown,
  errors: ErrorSink,
  crossField: FieldErrors = {},
): z.output<S> | undefined {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    errors.show({ ...crossField, ...zodFieldErrors(t, parsed.error, input) });
    return undefined;
  }
  errors.reset();
  return parsed.data;
}

/** A server 400's issues next to their fields; other failures stay with the mutation for ServerError. */
export const showServerIssues = (t: TFunction, errors: ErrorSink) => (error: unknown) => {
  const fromServer = serverFieldErrors(t, error);
  if (Object.keys(fromServer).length > 0) errors.show(fromServer);
};

/** A label for a field path: its last named segment (`costLines.0.amountNok` → `amountNok`) in the form's texts. */
export const fieldLabel = (t: TFunction, prefix: string) => (path: string) => {
  const name =
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? path;
  return t(`${prefix}.${name}`, { defaultValue: t('form.field') });
};
