import { type SettlementRequest } from '@ankomst/contracts/housing';
import { Alert, Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/states';
import { formatDate, formatNumber } from '../../../format/format';
import { useSettlementFigures } from '../api/use-settlement';
import { DecisionForm } from './settlement-decision-form';
import { RequestForm } from './settlement-request-form';

/** The year's requests and decision, to record and to correct; progress above follows each save. */
export function SettlementFiguresSection({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const figures = useSettlementFigures(year);
  const [editing, setEditing] = useState<SettlementRequest | 'new' | null>(null);
  const [saved, setSaved] = useState<string>();
  const lang = i18n.language;
  if (figures.isPending || figures.error) {
    return <QueryState error={figures.error} isPending={figures.isPending} feature={t('settlementFigures.heading', { year })} />;
  }
  const { requests, decision } = figures.data;
  const done = (message: string) => {
    setEditing(null);
    setSaved(message);
  };
  return (
    <div className="stack" data-testid="settlement-figures">
      <Paragraph>{t('settlementFigures.lead')}</Paragraph>
      {saved && (
        <Alert data-color="success" role="status" data-testid="figures-saved">
          <Paragraph>{saved}</Paragraph>
        </Alert>
      )}
      {requests.length === 0 ? (
        <Paragraph>{t('settlementFigures.noRequests', { year })}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table data-size="sm" zebra>
            <caption>{t('settlementFigures.requestsCaption', { year })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('settlementFigures.kind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('settlementFigures.total')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('settlementFigures.unaccompaniedMinors')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('settlementFigures.receivedOn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('settlementFigures.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {requests.map((request) => (
                <Table.Row key={request.id}>
                  <Table.Cell>
                    {t(`settlementFigures.kinds.${request.kind}`)}
                    {request.correctedAt && (
                      <>
                        {' '}
                        <Tag data-color="neutral" data-size="sm">
                          {t('settlementFigures.corrected', { date: formatDate(request.correctedAt, lang) })}
                        </Tag>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>{formatNumber(request.total, lang)}</Table.Cell>
                  <Table.Cell>{formatNumber(request.unaccompaniedMinors, lang)}</Table.Cell>
                  <Table.Cell>{formatDate(request.receivedOn, lang)}</Table.Cell>
                  <Table.Cell>
                    <Button
                      type="button"
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('settlementFigures.correctLabel', { date: formatDate(request.receivedOn, lang) })}
                      onClick={() => {
                        setSaved(undefined);
                        setEditing(request);
                      }}
                    >
                      {t('settlementFigures.correct')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {editing === null ? (
        <div className="form-actions">
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setSaved(undefined);
              setEditing('new');
            }}
          >
            {t('settlementFigures.newRequest')}
          </Button>
        </div>
      ) : (
        <RequestForm
          key={editing === 'new' ? 'new' : editing.id}
          year={year}
          editing={editing === 'new' ? undefined : editing}
          onCancel={() => setEditing(null)}
          onSaved={(corrected) => done(t(corrected ? 'settlementFigures.correctionSaved' : 'settlementFigures.requestSaved'))}
        />
      )}
      <DecisionForm
        // Per year only: a saved decision refetched must not remount the form before it says "saved".
        key={year}
        year={year}
        decision={decision}
        onSaved={() => done(t('settlementFigures.decisionSaved'))}
      />
    </div>
  );
}
