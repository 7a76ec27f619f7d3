/** User administration beyond the existing `users` strings: renaming and password resets. */
export const adminNb = {
  userAdmin: {
    rename: 'Endre navn',
    renameFor: 'Endre navn for {{name}}',
    renameTitle: 'Endre visningsnavnet til {{name}}',
    renameBody: 'Navnet vises i Ankomst og i loggen over hvem som har sett hva. Brukernavnet {{username}} er det samme.',
    newDisplayName: 'Nytt visningsnavn',
    confirmRename: 'Lagre navnet',
    renamed: 'Visningsnavnet er endret til {{name}}.',
    resetPassword: 'Nytt passord',
    resetPasswordFor: 'Sett nytt passord for {{name}}',
    resetTitle: 'Sett nytt passord for {{name}}',
    resetBody:
      'Alle innlogginger for {{username}} avsluttes. Gi passordet til personen på en trygg måte; be dem bytte det under «Min konto».',
    newPassword: 'Nytt passord',
    newPasswordHelp: 'Minst 12 tegn.',
    confirmReset: 'Sett passordet',
    passwordReset: 'Nytt passord er satt for {{name}}. Alle innloggingene deres er avsluttet.',
  },
};

export const adminEn: typeof adminNb = {
  userAdmin: {
    rename: 'Rename',
    renameFor: 'Rename {{name}}',
    renameTitle: 'Change the display name of {{name}}',
    renameBody: 'The name is shown in Ankomst and in the log of who saw what. The username {{username}} stays the same.',
    newDisplayName: 'New display name',
    confirmRename: 'Save the name',
    renamed: 'The display name is now {{name}}.',
    resetPassword: 'New password',
    resetPasswordFor: 'Set a new password for {{name}}',
    resetTitle: 'Set a new password for {{name}}',
    resetBody: 'Every session of {{username}} is ended. Hand the password over safely and ask them to change it under "My account".',
    newPassword: 'New password',
    newPasswordHelp: 'At least 12 characters.',
    confirmReset: 'Set the password',
    passwordReset: 'A new password is set for {{name}}. All their sessions have been ended.',
  },
};
