import {
  availabilities,
  educationLevels,
  genders,
  guideRoles,
  lifeSituations,
  type VolunteerSignUp,
  volunteerSignUp,
} from '@ankomst/contracts/volunteering';
import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Textarea } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../api/api-error';
import { LanguageSwitch } from '../../../app/language-switch';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { serverFieldErrors, zodFieldErrors } from '../../../forms/rule-messages';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useSubmitSignUp } from '../api/use-volunteering';
import { addPublicVolunteeringStrings } from '../public-i18n';

addPublicVolunteeringStrings();

export const publicMunicipalities = ['1103', '3201', '3301'] as const;
const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The public sign-up (no login): only what screening needs, a privacy notice and consent.
 * Flood protection the person never sees: a hidden honeypot field and the time the form was
 * open; the gateway limits submissions per address and the page says so plainly.
 */
export default function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const openedAt = useRef(Date.now());
  const submit = useSubmitSignUp();
  const { errors, show, clear, reset, summaryRef } = useFieldErrors();
  const [form, setForm] = useState({
    municipality: params.get('municipality') ?? '1103',
    role: '',
    name: '',
    email: '',
    phone: '',
    birthDate: '',
    gender: '',
    languages: '',
    interests: '',
    profession: '',
    education: '',
    area: '',
    lifeSituation: '',
    motivation: '',
    website: '',
  });
  const [availability, setAvailability] = useState<string[]>([]);
  const [guardianConsent, setGuardianConsent] = useState(false);
  const [privacyConsent, setPrivacyConsent] = useState(false);

  useEffect(() => {
    document.title = `${t('signUpPage.title')} – ${t('app.name')}`;
  }, [t]);

  const set = (key: keyof typeof form) => (value: string) => {
    setForm((current) => ({ ...current, [key]: value }));
    clear([key]);
  };
  const id = (path: string) => `sign-up-${path.split('.')[0]}`;
  const label = (path: string) => t(`signUpPage.${path.split('.')[0]}`, { defaultValue: path });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string) => (value === '' ? undefined : value);
    const raw = {
      municipality: form.municipality,
      role: optional(form.role),
      name: form.name,
      email: form.email,
      phone: optional(form.phone),
      birthDate: form.birthDate,
      gender: optional(form.gender),
      languages: list(form.languages),
      interests: list(form.interests),
      profession: optional(form.profession),
      education: optional(form.education),
      availability,
      area: form.area,
      lifeSituation: optional(form.lifeSituation),
      motivation: form.motivation,
      guardianConsent,
      privacyConsent,
      website: form.website,
      fillSeconds: Math.round((Date.now() - openedAt.current) / 1000),
    };
    const parsed = volunteerSignUp.safeParse(raw);
    if (!parsed.success) {
      show(zodFieldErrors(t, parsed.error, raw));
      return;
    }
    reset();
    submit.mutate(parsed.data as VolunteerSignUp, { onError: (error) => show(serverFieldErrors(t, error)) });
  };

  const flooded = submit.error instanceof ApiError && submit.error.status === 429;
  const failed = submit.error && !flooded && !(submit.error instanceof ApiError && submit.error.status === 400);

  return (
    <main id="main" className="login public-form">
      <div className="login-top">
        <LanguageSwitch />
      </div>
      <Heading level={1} data-size="md">
        {t('signUpPage.title')}
      </Heading>
      <Paragraph className="page-lead">{t('signUpPage.lead')}</Paragraph>
      <Paragraph data-size="sm">
        <Link to={`/volunteer/request-guide?municipality=${form.municipality}`}>{t('volunteerLinks.requestGuide')}</Link>
      </Paragraph>
      {submit.isSuccess ? (
        <Alert data-color="success" data-testid="sign-up-sent" role="status">
          {t('signUpPage.sent')}
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate className="stack">
          <FormErrorSummary errors={errors} summaryRef={summaryRef} fieldId={id} label={label} />
          {flooded && (
            <Alert data-color="warning" data-testid="sign-up-flooded" role="alert">
              {t('signUpPage.flooded')}
            </Alert>
          )}
          {failed && <ServerError error={submit.error} />}
          <SelectField
            id={id('municipality')}
            label={t('signUpPage.municipality')}
            value={form.municipality}
            onChange={(e) => set('municipality')(e.target.value)}
          >
            {publicMunicipalities.map((code) => (
              <option key={code} value={code}>
                {t(`municipality.${code}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={id('role')}
            label={t('signUpPage.role')}
            required
            value={form.role}
            error={errors.role}
            onChange={(e) => set('role')(e.target.value)}
          >
            <option value="">{t('signUpPage.choose')}</option>
            {guideRoles.map((role) => (
              <option key={role} value={role}>
                {t(`volunteering.roles.${role}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={id('name')}
            label={t('signUpPage.name')}
            required
            autoComplete="name"
            value={form.name}
            error={errors.name}
            onChange={(e) => set('name')(e.target.value)}
          />
          <TextField
            id={id('email')}
            type="email"
            label={t('signUpPage.email')}
            required
            autoComplete="email"
            value={form.email}
            error={errors.email}
            onChange={(e) => set('email')(e.target.value)}
          />
          <TextField
            id={id('phone')}
            type="tel"
            label={t('signUpPage.phone')}
            autoComplete="tel"
            value={form.phone}
            error={errors.phone}
            onChange={(e) => set('phone')(e.target.value)}
          />
          <TextField
            id={id('birthDate')}
            type="date"
            label={t('signUpPage.birthDate')}
            required
            value={form.birthDate}
            error={errors.birthDate}
            onChange={(e) => set('birthDate')(e.target.value)}
          />
          <SelectField
            id={id('gender')}
            label={t('signUpPage.gender')}
            value={form.gender}
            error={errors.gender}
            onChange={(e) => set('gender')(e.target.value)}
          >
            <option value="">{t('volunteering.genders.unsaid')}</option>
            {genders.map((gender) => (
              <option key={gender} value={gender}>
                {t(`volunteering.genders.${gender}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={id('languages')}
            label={t('signUpPage.languages')}
            description={t('signUpPage.languagesHint')}
            required
            value={form.languages}
            error={errors.languages ?? errors['languages.0']}
            onChange={(e) => set('languages')(e.target.value)}
          />
          <TextField
            id={id('interests')}
            label={t('signUpPage.interests')}
            description={t('signUpPage.languagesHint')}
            value={form.interests}
            error={errors.interests}
            onChange={(e) => set('interests')(e.target.value)}
          />
          <TextField
            id={id('profession')}
            label={t('signUpPage.profession')}
            value={form.profession}
            error={errors.profession}
            onChange={(e) => set('profession')(e.target.value)}
          />
          <SelectField
            id={id('education')}
            label={t('signUpPage.education')}
            value={form.education}
            onChange={(e) => set('education')(e.target.value)}
          >
            <option value="">{t('signUpPage.choose')}</option>
            {educationLevels.map((level) => (
              <option key={level} value={level}>
                {t(`volunteering.education.${level}`)}
              </option>
            ))}
          </SelectField>
          <Fieldset id={id('availability')} aria-invalid={errors.availability ? true : undefined}>
            <Fieldset.Legend>{t('signUpPage.availability')} *</Fieldset.Legend>
            {availabilities.map((time) => (
              <Checkbox
                key={time}
                label={t(`volunteering.availability.${time}`)}
                value={time}
                checked={availability.includes(time)}
                onChange={(e) => {
                  clear(['availability']);
                  setAvailability((current) => (e.target.checked ? [...current, time] : current.filter((v) => v !== time)));
                }}
              />
            ))}
            {errors.availability && (
              <Paragraph data-color="danger" data-size="sm">
                {errors.availability}
              </Paragraph>
            )}
          </Fieldset>
          <TextField
            id={id('area')}
            label={t('signUpPage.area')}
            required
            value={form.area}
            error={errors.area}
            onChange={(e) => set('area')(e.target.value)}
          />
          <SelectField
            id={id('lifeSituation')}
            label={t('signUpPage.lifeSituation')}
            value={form.lifeSituation}
            onChange={(e) => set('lifeSituation')(e.target.value)}
          >
            <option value="">{t('signUpPage.choose')}</option>
            {lifeSituations.map((situation) => (
              <option key={situation} value={situation}>
                {t(`volunteering.lifeSituations.${situation}`)}
              </option>
            ))}
          </SelectField>
          <div className="form-field">
            <label htmlFor={id('motivation')}>{t('signUpPage.motivation')} *</label>
            <Textarea
              id={id('motivation')}
              rows={4}
              value={form.motivation}
              aria-invalid={errors.motivation ? true : undefined}
              onChange={(e) => set('motivation')(e.target.value)}
            />
            {errors.motivation && (
              <Paragraph data-color="danger" data-size="sm">
                {errors.motivation}
              </Paragraph>
            )}
          </div>
          {form.role === 'youth-buddy' && (
            <Checkbox
              id={id('guardianConsent')}
              label={t('signUpPage.guardianConsent')}
              checked={guardianConsent}
              onChange={(e) => setGuardianConsent(e.target.checked)}
            />
          )}
          {errors.guardianConsent && (
            <Paragraph data-color="danger" data-size="sm">
              {errors.guardianConsent}
            </Paragraph>
          )}
          {/* The honeypot: hidden from people and screen readers, filled by bots. */}
          <div className="honeypot" aria-hidden="true">
            <label htmlFor={id('website')}>website</label>
            <input
              id={id('website')}
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={form.website}
              onChange={(e) => set('website')(e.target.value)}
            />
          </div>
          <section aria-labelledby="privacy-heading" className="privacy-notice">
            <Heading level={2} data-size="xs" id="privacy-heading">
              {t('signUpPage.privacyTitle')}
            </Heading>
            <Paragraph data-size="sm">{t('signUpPage.privacy')}</Paragraph>
            <Checkbox
              id={id('privacyConsent')}
              label={t('signUpPage.consent')}
              checked={privacyConsent}
              onChange={(e) => {
                clear(['privacyConsent']);
                setPrivacyConsent(e.target.checked);
              }}
            />
            {errors.privacyConsent && (
              <Paragraph data-color="danger" data-size="sm">
                {errors.privacyConsent}
              </Paragraph>
            )}
          </section>
          <Button type="submit" disabled={submit.isPending}>
            {t('signUpPage.send')}
          </Button>
        </form>
      )}
    </main>
  );
}
