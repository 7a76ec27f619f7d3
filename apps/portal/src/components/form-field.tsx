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
 * Label, input, description and message inside Designsystemet's Field: its <ds-field> element
 * links the label (for=) and the description/validation message (aria-describedby) at runtime,
 * so they are not repeated here (repeating them made screen readers read the error twice).
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
  return (
    <Field className="form-field">
      <Label htmlFor={inputId}>
        {label}
        {input.required && <span aria-hidden="true"> *</span>}
      </Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Input id={inputId} aria-invalid={error ? true : undefined} {...input} />
      {error && <ValidationMessage data-color="danger">{error}</ValidationMessage>}
      {!error && success && (
        <ValidationMessage data-color="success" aria-live="polite">
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
  return (
    <Field className="form-field">
      <Label htmlFor={selectId}>
        {label}
        {select.required && <span aria-hidden="true"> *</span>}
      </Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select id={selectId} aria-invalid={error ? true : undefined} {...select}>
        {children}
      </Select>
      {error && <ValidationMessage data-color="danger">{error}</ValidationMessage>}
    </Field>
  );
}
