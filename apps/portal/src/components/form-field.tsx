import { Field, Input, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { useId } from 'react';

interface BaseProps {
  label: string;
  error?: string;
  description?: ReactNode;
  /** Positive feedback (e.g. "valid D-nummer"), announced politely. */
  success?: string;
}

/**
 * Label, input, description and error wired with explicit ids (not left to the design
 * system's runtime wiring), so screen readers announce the error with the field.
 */
export function TextField({
  label,
  error,
  description,
  success,
  id,
  ...input
}: BaseProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'size' | 'prefix' | 'type'> & {
    type?: 'text' | 'date' | 'search' | 'password' | 'number' | 'email' | 'tel';
  }) {
  const generated = useId();
  const inputId = id ?? generated;
  const describedBy = [description && `${inputId}-desc`, error && `${inputId}-error`, success && `${inputId}-ok`]
    .filter(Boolean)
    .join(' ');
  return (
    <Field className="form-field">
      <Label htmlFor={inputId}>{label}</Label>
      {description && (
        <div id={`${inputId}-desc`} className="field-description">
          {description}
        </div>
      )}
      <Input id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} {...input} />
      {error && (
        <ValidationMessage id={`${inputId}-error`} data-color="danger">
          {error}
        </ValidationMessage>
      )}
      {!error && success && (
        <ValidationMessage id={`${inputId}-ok`} data-color="success" role="status">
          {success}
        </ValidationMessage>
      )}
    </Field>
  );
}

export function SelectField({
  label,
  error,
  description,
  id,
  children,
  ...select
}: BaseProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'size' | 'multiple'>) {
  const generated = useId();
  const selectId = id ?? generated;
  const describedBy = [description && `${selectId}-desc`, error && `${selectId}-error`].filter(Boolean).join(' ');
  return (
    <Field className="form-field">
      <Label htmlFor={selectId}>{label}</Label>
      {description && (
        <div id={`${selectId}-desc`} className="field-description">
          {description}
        </div>
      )}
      <Select id={selectId} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} {...select}>
        {children}
      </Select>
      {error && (
        <ValidationMessage id={`${selectId}-error`} data-color="danger">
          {error}
        </ValidationMessage>
      )}
    </Field>
  );
}
