import { useTranslation } from 'react-i18next';

/** "Bærum kommune" for 3201; "kommune 4601" for a municipality without a name in the translations. */
export function useMunicipalityName() {
  const { t } = useTranslation();
  return (code: string) => t(`municipality.${code}`, { defaultValue: t('municipality.fallback', { number: code }) });
}
