import { coordinationUnits } from '@ankomst/contracts/health';
import { useTranslation } from 'react-i18next';

/** The options of a select for one of the coordination group's units, after an empty "choose". */
export function UnitOptions() {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('form.choose')}</option>
      {coordinationUnits.map((unit) => (
        <option key={unit} value={unit}>
          {t(`health.units.${unit}`)}
        </option>
      ))}
    </>
  );
}
