import { arrivalOrigin, householdSituation } from '@ankomst/contracts/housing';
import { Checkbox } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ruleMessage } from '../../../forms/rule-messages';
import { useDebouncedCallback } from '../../../hooks/use-debounced-callback';
import { checkSearch, type HouseholdListState } from '../household-list-state';

/** Long enough to let a name be typed out, short enough to feel immediate. */
export const searchDelayMs = 300;

/** URL parameters the filters write; an empty value removes the filter. */
export type ListParams = Partial<Record<'q' | 'origin' | 'status' | 'minors' | 'page', string>>;

export function HouseholdFilters({ state, onChange }: { state: HouseholdListState; onChange: (changes: ListParams) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(state.search);
  // The URL's search can also change under the box ("back" to an earlier page of results):
  // show it then, but never overwrite what is being typed with the box's own commit, which
  // arrives after a pause in typing while more keys may already be in the box.
  const [searchInUrl, setSearchInUrl] = useState(state.search);
  const ownCommit = useRef<string | undefined>(undefined);
  if (state.search !== searchInUrl) {
    setSearchInUrl(state.search);
    if (state.search !== ownCommit.current && state.search !== search.trim()) setSearch(state.search);
  }
  const commitSearch = useDebouncedCallback((q: string) => {
    ownCommit.current = q;
    onChange({ q });
  }, searchDelayMs);
  const { rule } = checkSearch(state.search);

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('households.filtersLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ q: search });
      }}
    >
      <TextField
        label={t('households.search')}
        description={t('households.searchHelp')}
        error={
          rule &&
          (state.search.length > 100 ? t('validation.searchTooLong', { length: state.search.length, max: 100 }) : ruleMessage(t, rule))
        }
        type="search"
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          commitSearch(e.target.value);
        }}
      />
      <SelectField label={t('households.origin')} value={state.origin} onChange={(e) => onChange({ origin: e.target.value })}>
        <option value="">{t('common.all')}</option>
        {arrivalOrigin.options.map((origin) => (
          <option key={origin} value={origin}>
            {t(`origin.${origin}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('households.status')} value={state.status} onChange={(e) => onChange({ status: e.target.value })}>
        <option value="">{t('common.all')}</option>
        {householdSituation.options.map((status) => (
          <option key={status} value={status}>
            {t(`householdSituation.${status}`)}
          </option>
        ))}
      </SelectField>
      <Checkbox
        label={t('households.minorsOnly')}
        checked={state.minorsOnly}
        onChange={(e) => onChange({ minors: e.target.checked ? '1' : '' })}
      />
    </form>
  );
}
