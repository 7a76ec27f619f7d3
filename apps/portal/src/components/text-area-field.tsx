import { Field, Label, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { useId } from 'react';

/**
 * Several lines of text (an agenda, minutes) with the same label, description and message as
 * TextField. Its own file so the login page's initial JavaScript does not carry it.
 */
export function TextAreaField({
  label,
  error,
  description,
  id,
  ...textarea
}: { label: string; error?: string; description?: ReactNode } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'size'>) {
  const generated = useId();
  const textareaId = id ?? generated;
  return (
    <Field className="form-field">
      <Label htmlFor={textareaId}>
        {label}
        {textarea.required && <span aria-hidden="true"> *</span>}
      </Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Textarea id={textareaId} rows={4} aria-invalid={error ? true : undefined} {...textarea} />
      {error && <ValidationMessage data-color="danger">{error}</ValidationMessage>}
    </Field>
  );
}
