import { i18n } from '../../i18n/i18n';

/**
 * The public sign-up form's strings (nb, en). They load with the public page, not with the
 * staff portal's first screen (its size budget): people signing up need them, staff do not.
 * Merged into the same i18next bundle, so `t('signUpPage.*')` and the language switch work.
 */
export const volunteeringPublicNb = {
  signUpPage: {
    title: 'Bli frivillig',
    lead: 'Koordinatoren tar kontakt for en samtale.',
    municipality: 'Kommune',
    privacyConsent: 'Samtykke',
    role: 'Hva vil du være?',
    name: 'Fullt navn',
    email: 'E-post',
    phone: 'Telefon (valgfritt)',
    birthDate: 'Fødselsdato',
    gender: 'Kjønn (valgfritt)',
    languages: 'Språk du snakker',
    languagesHint: 'Skill med komma',
    interests: 'Interesser (valgfritt)',
    profession: 'Yrke (valgfritt)',
    education: 'Utdanning (valgfritt)',
    availability: 'Når kan du?',
    area: 'Område / bydel',
    lifeSituation: 'Livssituasjon (valgfritt)',
    motivation: 'Hvorfor vil du bli frivillig?',
    guardianConsent: 'Jeg er 16 eller 17 år og har samtykke fra foresatte',
    privacyTitle: 'Personvern',
    privacy:
      'Kommunen bruker opplysningene bare til å vurdere og formidle deg som frivillig, og deler dem ikke. Du kan be om innsyn og sletting.',
    consent: 'Jeg har lest om personvern og samtykker i at kommunen lagrer opplysningene',
    send: 'Send påmelding',
    sent: 'Takk! Vi har fått påmeldingen. Koordinatoren tar kontakt på e-post.',
    flooded: 'For mange innsendinger fra denne adressen. Vent litt og prøv igjen.',
    choose: 'Velg …',
  },
};

export const volunteeringPublicEn: typeof volunteeringPublicNb = {
  signUpPage: {
    title: 'Become a volunteer',
    lead: 'The coordinator will contact you for an interview.',
    municipality: 'Municipality',
    privacyConsent: 'Consent',
    role: 'What would you like to be?',
    name: 'Full name',
    email: 'E-mail',
    phone: 'Phone (optional)',
    birthDate: 'Date of birth',
    gender: 'Gender (optional)',
    languages: 'Languages you speak',
    languagesHint: 'Separate with commas',
    interests: 'Interests (optional)',
    profession: 'Profession (optional)',
    education: 'Education (optional)',
    availability: 'When are you free?',
    area: 'Area / district',
    lifeSituation: 'Life situation (optional)',
    motivation: 'Why would you like to volunteer?',
    guardianConsent: 'I am 16 or 17 and have my guardian’s consent',
    privacyTitle: 'Privacy',
    privacy:
      'The municipality uses this only to screen and match you as a volunteer, and shares it with no one. You may ask to see or delete it.',
    consent: 'I have read about privacy and consent to the municipality keeping this information',
    send: 'Send sign-up',
    sent: 'Thank you! We have your sign-up. The coordinator will contact you by e-mail.',
    flooded: 'Too many submissions from this address. Wait a little and try again.',
    choose: 'Choose …',
  },
};

let added = false;
/** Adds the strings once. */
export function addPublicVolunteeringStrings(): void {
  if (added) return;
  i18n.addResourceBundle('nb', 'translation', volunteeringPublicNb, true, false);
  i18n.addResourceBundle('en', 'translation', volunteeringPublicEn, true, false);
  added = true;
}
