import { createReferralBody, department, departmentOf } from '@ankomst/contracts/case-overview';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/use-session';
import { SelectField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { TextAreaField } from '../../../components/text-area-field';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useCreateReferral } from '../api/use-cases';

const fieldId = (field: string) => `referral-${field}`;

/**
 * Refers a member of the case to another unit. The sender is the user's own unit (the service
 * sets it; the form only says which); a missing consent is the service's refusal naming the scope.
 */
export function ReferralForm({ members }: { members: { personId: string; givenName: string; familyName: string }[] }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const create = useCreateReferral();
  const errors = useFieldErrors();
  const ownUnit = user ? departmentOf(user.role) : null;
  const receivers = department.options.filter((d) => d !== ownUnit);
  const [draft, setDraft] = useState({ personId: members[0]?.personId ?? '', toDepartment: receivers[0] ?? '', reason: '' });
  const set = (field: keyof typeof draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    errors.clear([field]);
    create.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createReferralBody.safeParse({ ...draft, reason: draft.reason.trim() });
    if (!parsed.success) {
      errors.show(zodFieldErrors(t, parsed.error));
      return;
    }
    errors.reset();
    create.mutate(parsed.data, {
      onSuccess: () => setDraft((d) => ({ ...d, reason: '' })),
      onError: (error) => errors.show(serverFieldErrors(t, error)),
    });
  };
  if (!ownUnit) return null;
  const e = errors.errors;
  return (
    <form onSubmit={submit} noValidate aria-label={t('referrals.new')} className="stack">
      <FormErrorSummary errors={e} summaryRef={errors.summaryRef} fieldId={fieldId} label={(f) => t(`referrals.fields.${f}`)} />
      {create.error && Object.keys(e).length === 0 && <ServerError error={create.error} />}
      {create.isSuccess && <Alert data-color="success">{t('referrals.sent')}</Alert>}
      <Paragraph data-size="sm">{t('referrals.sender', { unit: t(`department.${ownUnit}`) })}</Paragraph>
      <div className="form-grid">
        <SelectField
          id={fieldId('personId')}
          label={t('referrals.person')}
          value={draft.personId}
          onChange={(ev) => set('personId', ev.target.value)}
          error={e.personId}
          required
        >
          {members.map((m) => (
            <option key={m.personId} value={m.personId}>
              {m.givenName} {m.familyName}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId('toDepartment')}
          label={t('referrals.toDepartment')}
          value={draft.toDepartment}
          onChange={(ev) => set('toDepartment', ev.target.value)}
          error={e.toDepartment}
          required
        >
          {receivers.map((d) => (
            <option key={d} value={d}>
              {t(`department.${d}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        id={fieldId('reason')}
        label={t('referrals.reason')}
        rows={3}
        value={draft.reason}
        onChange={(ev) => set('reason', ev.target.value)}
        error={e.reason}
        required
      />
      <div className="form-actions">
        <SubmitButton pending={create.isPending} label={t('referrals.send')} variant="secondary" />
      </div>
    </form>
  );
}
