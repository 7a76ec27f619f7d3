import { availabilities, guideRequestByRefugee, type GuideRequestByRefugee, requestFormLanguages } from '@ankomst/contracts/volunteering';
import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { toFieldIssues } from '@ankomst/contracts';
import { ApiError } from '../../../api/api-error';
import { SelectField, TextField } from '../../../components/form-field';
import { type RequestFormLanguage, requestFormTexts } from '../components/request-form-texts';
import { useSubmitGuideRequest } from '../api/use-volunteering';

const isFormLanguage = (value: string | null): value is RequestFormLanguage =>
  value !== null && (requestFormLanguages as readonly string[]).includes(value);
const list = (text: string) =>
  text
    .split(/[,،]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * A refugee's own request for a guide (no login), in Norwegian, English, Arabic, Tigrinya,
 * Dari, Ukrainian or Somali. The whole form takes the language's direction (Arabic and Dari
 * right to left) and its `lang`, so screen readers pronounce it right.
 */
export default function RequestGuidePage() {
  const [params, setParams] = useSearchParams();
  const language: RequestFormLanguage = isFormLanguage(params.get('lang')) ? (params.get('lang') as RequestFormLanguage) : 'nb';
  const texts = requestFormTexts[language];
  const municipality = params.get('municipality') ?? '1103';
  const openedAt = useRef(Date.now());
  const submit = useSubmitGuideRequest();
  const [form, setForm] = useState({
    name: '',
    phone: '',
    email: '',
    languages: '',
    area: '',
    interests: '',
    wantedGender: '',
    website: '',
  });
  const [availability, setAvailability] = useState<string[]>([]);
  const [involvesMinors, setInvolvesMinors] = useState(false);
  const [privacyConsent, setPrivacyConsent] = useState(false);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());

  useEffect(() => {
    document.title = texts.title;
  }, [texts]);

  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const error = (field: string) => (invalid.has(field) ? texts.invalid : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string) => (value === '' ? undefined : value);
    const raw = {
      municipality,
      name: form.name,
      phone: optional(form.phone),
      email: optional(form.email),
      formLanguage: language,
      languages: list(form.languages),
      area: form.area,
      availability,
      wantedGender: optional(form.wantedGender),
      involvesMinors,
      interests: list(form.interests),
      privacyConsent,
      website: form.website,
      fillSeconds: Math.round((Date.now() - openedAt.current) / 1000),
    };
    const parsed = guideRequestByRefugee.safeParse(raw);
    if (!parsed.success) {
      setInvalid(new Set(toFieldIssues(parsed.error, raw).map((issue) => issue.field.split('.')[0])));
      return;
    }
    setInvalid(new Set());
    submit.mutate(parsed.data as GuideRequestByRefugee, {
      onError: (failure) => {
        if (failure instanceof ApiError) setInvalid(new Set(failure.issues.map((issue) => issue.field.split('.')[0])));
      },
    });
  };

  const flooded = submit.error instanceof ApiError && submit.error.status === 429;

  return (
    <main
      id="main"
      className="login public-form"
      lang={language === 'prs' ? 'fa-AF' : language}
      dir={texts.dir}
      data-testid="request-guide"
    >
      <div className="login-top">
        <SelectField
          label={texts.language}
          value={language}
          onChange={(e) => setParams((current) => ({ ...Object.fromEntries(current), lang: e.target.value }))}
        >
          {requestFormLanguages.map((code) => (
            <option key={code} value={code} lang={code === 'prs' ? 'fa-AF' : code}>
              {requestFormTexts[code].languageName}
            </option>
          ))}
        </SelectField>
      </div>
      <Heading level={1} data-size="md">
        {texts.title}
      </Heading>
      <Paragraph className="page-lead">{texts.lead}</Paragraph>
      {submit.isSuccess ? (
        <Alert data-color="success" role="status" data-testid="request-sent">
          {texts.sent}
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate className="stack">
          {invalid.size > 0 && (
            <Alert data-color="danger" role="alert">
              {texts.invalid}
            </Alert>
          )}
          {flooded && (
            <Alert data-color="warning" role="alert">
              {texts.flooded}
            </Alert>
          )}
          <TextField label={texts.name} required value={form.name} error={error('name')} onChange={(e) => set('name')(e.target.value)} />
          <TextField
            type="tel"
            label={texts.phone}
            value={form.phone}
            error={error('phone')}
            onChange={(e) => set('phone')(e.target.value)}
          />
          <TextField
            type="email"
            label={texts.email}
            value={form.email}
            error={error('email')}
            onChange={(e) => set('email')(e.target.value)}
          />
          <TextField
            label={texts.languages}
            required
            value={form.languages}
            error={error('languages')}
            onChange={(e) => set('languages')(e.target.value)}
          />
          <TextField label={texts.area} required value={form.area} error={error('area')} onChange={(e) => set('area')(e.target.value)} />
          <Fieldset aria-invalid={invalid.has('availability') ? true : undefined}>
            <Fieldset.Legend>{texts.availability} *</Fieldset.Legend>
            {availabilities.map((time) => (
              <Checkbox
                key={time}
                label={texts.times[time]}
                checked={availability.includes(time)}
                onChange={(e) => setAvailability((current) => (e.target.checked ? [...current, time] : current.filter((v) => v !== time)))}
              />
            ))}
          </Fieldset>
          <SelectField label={texts.wantedGender} value={form.wantedGender} onChange={(e) => set('wantedGender')(e.target.value)}>
            <option value="">{texts.genders.none}</option>
            <option value="female">{texts.genders.female}</option>
            <option value="male">{texts.genders.male}</option>
          </SelectField>
          <Checkbox label={texts.involvesMinors} checked={involvesMinors} onChange={(e) => setInvolvesMinors(e.target.checked)} />
          <TextField label={texts.interests} value={form.interests} onChange={(e) => set('interests')(e.target.value)} />
          <div className="honeypot" aria-hidden="true">
            <label htmlFor="request-website">website</label>
            <input
              id="request-website"
              tabIndex={-1}
              autoComplete="off"
              value={form.website}
              onChange={(e) => set('website')(e.target.value)}
            />
          </div>
          <Paragraph data-size="sm">{texts.privacy}</Paragraph>
          <Checkbox
            label={texts.consent}
            checked={privacyConsent}
            aria-invalid={invalid.has('privacyConsent') ? true : undefined}
            onChange={(e) => setPrivacyConsent(e.target.checked)}
          />
          <Button type="submit" disabled={submit.isPending}>
            {texts.send}
          </Button>
        </form>
      )}
    </main>
  );
}
