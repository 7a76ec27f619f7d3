/** The signed-in user's own account (Min konto): strings, nb first. */
export const accountNb = {
  account: {
    link: 'Min konto',
    title: 'Min konto',
    lead: 'Du er logget inn som {{username}} ({{role}}).',
    passwordHeading: 'Endre passord',
    passwordLead: 'Når passordet er endret, logges du ut på alle enheter og må logge inn igjen med det nye passordet.',
    currentPassword: 'Nåværende passord',
    newPassword: 'Nytt passord',
    newPasswordHelp: 'Minst 12 tegn. En setning du husker, er et godt passord.',
    repeatPassword: 'Gjenta nytt passord',
    mismatch: 'Passordene er ikke like',
    sameAsCurrent: 'Det nye passordet må være et annet enn det nåværende',
    wrongCurrent: 'Nåværende passord er feil',
    submit: 'Endre passord',
    changed: 'Passordet er endret. Logg inn med det nye passordet.',
  },
};

export const accountEn: typeof accountNb = {
  account: {
    link: 'My account',
    title: 'My account',
    lead: 'You are signed in as {{username}} ({{role}}).',
    passwordHeading: 'Change password',
    passwordLead: 'Once the password is changed you are signed out on every device and sign in again with the new password.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHelp: 'At least 12 characters. A sentence you remember makes a good password.',
    repeatPassword: 'Repeat the new password',
    mismatch: 'The passwords do not match',
    sameAsCurrent: 'The new password must differ from the current one',
    wrongCurrent: 'The current password is wrong',
    submit: 'Change password',
    changed: 'Your password has been changed. Sign in with the new password.',
  },
};
