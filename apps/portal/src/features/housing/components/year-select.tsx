import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { osloYear } from '../../../format/format';

export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const current = osloYear();
  const years = [current + 1, current, current - 1, current - 2, current - 3];
  return (
    <SelectField label={t('common.year')} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {years.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </SelectField>
  );
}
