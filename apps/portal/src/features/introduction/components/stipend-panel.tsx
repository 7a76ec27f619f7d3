import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { QueryState } from '../../../components/states';
import { formatNumber, osloToday } from '../../../format/format';
import { useStipendBasis } from '../api/use-introduction';

const nok = (ore: number, language: string) => `${formatNumber(ore / 100, language, 2)} kr`;

/** The month's payment basis (not a payment): rate, month, deduction for unapproved absence, enkeltvedtak flag. */
export function StipendPanel({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(osloToday().slice(0, 7));
  const basis = useStipendBasis(participantId, month);
  const lang = i18n.language;
  return (
    <div className="stack">
      <TextField
        label={t('intro.stipend.month')}
        type="text"
        inputMode="numeric"
        value={month}
        onChange={(e) => setMonth(e.target.value)}
        description="YYYY-MM"
      />
      <QueryState error={basis.error} isPending={basis.isPending} feature={t('intro.stipend.title')} />
      {basis.data && (
        <dl className="facts" data-testid="stipend-basis">
          <div>
            <dt>{t('intro.stipend.rate')}</dt>
            <dd>{t(`intro.stipend.rates.${basis.data.rate}`)}</dd>
          </div>
          <div>
            <dt>{t('intro.stipend.g')}</dt>
            <dd>{formatNumber(basis.data.g, lang)} kr</dd>
          </div>
          <div>
            <dt>{t('intro.stipend.monthAmount')}</dt>
            <dd>{nok(basis.data.monthOre, lang)}</dd>
          </div>
          <div>
            <dt>{t('intro.stipend.unapproved')}</dt>
            <dd>{formatNumber(basis.data.unapprovedHours, lang, 2)} t</dd>
          </div>
          <div>
            <dt>{t('intro.stipend.deduction')}</dt>
            <dd>{nok(basis.data.deductionOre, lang)}</dd>
          </div>
          <div>
            <dt>{t('intro.stipend.payable')}</dt>
            <dd>{nok(basis.data.payableOre, lang)}</dd>
          </div>
        </dl>
      )}
      {basis.data?.enkeltvedtakRequired && (
        <Paragraph>
          <Tag data-color="danger">{t('intro.stipend.enkeltvedtak')}</Tag>
        </Paragraph>
      )}
    </div>
  );
}
