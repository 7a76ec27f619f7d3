/** Countries and languages most households come with; Intl names them in the UI language. */
export const countryChoices = ['SY', 'AF', 'ER', 'UA', 'SO', 'CD', 'SD', 'SS', 'IQ', 'ET', 'PS', 'MM', 'IR', 'YE', 'VE', 'TR'];
export const languageChoices = ['ar', 'ti', 'prs', 'fa', 'ps', 'uk', 'ru', 'so', 'ku', 'am', 'sw', 'fr', 'en'];
export const relationshipChoices = ['head', 'spouse', 'child', 'sibling', 'parent', 'other'];
export const sexChoices = ['unspecified', 'female', 'male'];
