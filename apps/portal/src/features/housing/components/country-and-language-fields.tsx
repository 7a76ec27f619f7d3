import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { countryChoices, languageChoices } from '../household-choices';
import { countryName, languageName } from '../household-view';

/** The country select, sorted by name in the UI language; a stored code outside the list stays choosable. */
export function CountrySelect(props: { id: string; label: string; value: string; error?: string; onChange: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const codes = countryChoices.includes(props.value) || !props.value ? countryChoices : [props.value, ...countryChoices];
  return (
    <SelectField
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error}
      required
    >
      <option value="">{t('form.choose')}</option>
      {codes
        .map((code) => ({ code, name: countryName(code, lang) }))
        .sort((a, b) => a.name.localeCompare(b.name, lang))
        .map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
    </SelectField>
  );
}

export function LanguageCheckboxes(props: { id: string; legend: string; value: string[]; onChange: (codes: string[]) => void }) {
  const { i18n } = useTranslation();
  const codes = [...new Set([...languageChoices, ...props.value])];
  return (
    <Fieldset className="languages" id={props.id}>
      <Fieldset.Legend>{props.legend}</Fieldset.Legend>
      <div className="checkbox-grid">
        {codes.map((code) => (
          <Checkbox
            key={code}
            label={languageName(code, i18n.language)}
            value={code}
            checked={props.value.includes(code)}
            onChange={(e) => props.onChange(e.target.checked ? [...props.value, code] : props.value.filter((l) => l !== code))}
          />
        ))}
      </div>
    </Fieldset>
  );
}
