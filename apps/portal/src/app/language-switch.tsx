import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Switches between bokmål and English; the button is labelled in the language it switches to. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'nb' : 'en';
  return (
    <Button variant="tertiary" data-size="sm" lang={next} onClick={() => void i18n.changeLanguage(next)}>
      {t(`language.switchTo.${next}`)}
    </Button>
  );
}
