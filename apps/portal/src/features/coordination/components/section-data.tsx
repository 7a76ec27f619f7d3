import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format/format';

/**
 * A department's shared summary. Its fields differ per department and evolve, so they are
 * listed generically: camelCase keys become labels through `caseView.fields.*` when known.
 */
export function SectionData({ data }: { data: unknown }) {
  const { t, i18n } = useTranslation();
  if (data === null || data === undefined) return <p className="empty-state">{t('caseView.nothingRecorded')}</p>;
  if (typeof data !== 'object') return <p>{String(data)}</p>;
  // Internal ids mean nothing to staff; the rest is shown with labels and values in words.
  const entries = Object.entries(data as Record<string, unknown>).filter(
    ([key, value]) => !/Id$/.test(key) && (value === null || ['string', 'number', 'boolean'].includes(typeof value)),
  );
  return (
    <dl className="section-data">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`caseView.fields.${key}`, { defaultValue: key })}</dt>
          <dd>
            {valueLabels[key] && typeof value === 'string'
              ? t(`${valueLabels[key]}.${value}`, { defaultValue: value })
              : display(value, i18n.language, t)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Fields whose values are codes with translations elsewhere in the bundle. */
const valueLabels: Record<string, string> = {
  ownership: 'dwellings.ownershipKind',
  householdStatus: 'caseStatus',
  status: 'caseStatus',
};

function display(value: unknown, language: string, t: (key: string) => string): string {
  if (value === null) return '–';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(value, language);
  return String(value);
}
