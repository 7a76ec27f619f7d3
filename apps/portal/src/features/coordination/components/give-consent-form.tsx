import { department, giveConsent, informationCategory, scopeKey } from '@ankomst/contracts/case-overview';
import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../forms/rule-messages';
import { useGiveConsent } from '../api/use-cases';
import { scopeLabel } from './restricted';

const scopes = informationCategory.options.flatMap((category) =>
  department.options
    .filter((recipient) => recipient !== 'nav' || category === 'intro-status')
    .map((recipient) => scopeKey(category, recipient)),
);

/** Records a consent the person gave (on paper, with an interpreter …), with how it was obtained. */
export function GiveConsentForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const give = useGiveConsent();
  const [scope, setScope] = useState(scopes[0]);
  const [grantor, setGrantor] = useState('self');
  const [grantorName, setGrantorName] = useState('');
  const [evidenceNote, setEvidenceNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = giveConsent.safeParse({ personId, scope, grantor, grantorName: grantorName || undefined, evidenceNote });
    if (!parsed.success) {
      setErrors(zodFieldErrors(t, parsed.error));
      return;
    }
    setErrors({});
    give.mutate(parsed.data, {
      onSuccess: () => setEvidenceNote(''),
      onError: (error) => setErrors(serverFieldErrors(t, error)),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('consent.give')} className="stack">
      <div className="form-grid">
        <SelectField label={t('consent.scope')} value={scope} onChange={(e) => setScope(e.target.value)} error={errors.scope}>
          {scopes.map((s) => (
            <option key={s} value={s}>
              {scopeLabel(t, s)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('consent.grantor')} value={grantor} onChange={(e) => setGrantor(e.target.value)} error={errors.grantor}>
          {['self', 'guardian', 'representative'].map((g) => (
            <option key={g} value={g}>
              {t(`consent.grantorKind.${g}`)}
            </option>
          ))}
        </SelectField>
        {grantor !== 'self' && (
          <TextField
            label={t('consent.grantorName')}
            value={grantorName}
            onChange={(e) => setGrantorName(e.target.value)}
            error={errors.grantorName}
            required
          />
        )}
        <TextField
          label={t('consent.evidenceNote')}
          description={t('consent.evidenceNoteHelp')}
          value={evidenceNote}
          onChange={(e) => setEvidenceNote(e.target.value)}
          error={errors.evidenceNote}
          required
        />
      </div>
      {give.error && Object.keys(errors).length === 0 && <ServerError error={give.error} />}
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={give.isPending}>
          {t('consent.give')}
        </Button>
      </div>
    </form>
  );
}
