import {
  correctSettlementRequest,
  recordSettlementDecision,
  recordSettlementRequest,
  type SettlementDecision,
  type SettlementRequest,
} from '@ankomst/contracts/housing';
import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { QueryState } from '../../../components/states';
import { formatDate, formatNumber, osloToday } from '../../../format/format';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import {
  useCorrectSettlementRequest,
  useRecordSettlementDecision,
  useRecordSettlementRequest,
  useSettlementFigures,
} from '../api/use-settlement';
import { SaveError } from './conflict-notice';

/** A count as typed: spaces allowed ("1 200"), empty is missing; anything else goes to the contract as typed. */
const toCount = (text: string): number | string | undefined => {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return undefined;
  return /^-?\d+$/.test(compact) ? Number(compact) : compact;
};

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

function RequestForm({
  year,
  editing,
  onCancel,
  onSaved,
}: {
  year: number;
  editing: SettlementRequest | undefined;
  onCancel: () => void;
  onSaved: (corrected: boolean) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordSettlementRequest();
  const correct = useCorrectSettlementRequest();
  const [kind, setKind] = useState<string>(editing?.kind ?? 'initial');
  const [total, setTotal] = useState(editing ? String(editing.total) : '');
  const [minors, setMinors] = useState(editing ? String(editing.unaccompaniedMinors) : '');
  const [receivedOn, setReceivedOn] = useState(editing?.receivedOn ?? osloToday());
  const [errors, setErrors] = useState<FieldErrors>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const mutation = editing ? correct : record;
  // Opening the form moves focus to it, so a keyboard or screen reader user lands where the work is.
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const figures = { kind, total: toCount(total), unaccompaniedMinors: toCount(minors), receivedOn };
    const onError = (error: unknown) => setErrors(serverFieldErrors(t, error));
    if (editing) {
      const parsed = correctSettlementRequest.safeParse({ id: editing.id, ...figures });
      if (!parsed.success) return setErrors(zodFieldErrors(t, parsed.error));
      setErrors({});
      correct.mutate(parsed.data, { onSuccess: () => onSaved(true), onError });
    } else {
      const parsed = recordSettlementRequest.safeParse({ year, ...figures });
      if (!parsed.success) return setErrors(zodFieldErrors(t, parsed.error));
      setErrors({});
      record.mutate(parsed.data, { onSuccess: () => onSaved(false), onError });
    }
  };
  const title = editing ? t('settlementFigures.correctRequest') : t('settlementFigures.newRequest');
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="stack">
      <Heading level={3} data-size="xs" ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <div className="form-grid">
        <SelectField label={t('settlementFigures.kind')} value={kind} onChange={(e) => setKind(e.target.value)} error={errors.kind}>
          <option value="initial">{t('settlementFigures.kinds.initial')}</option>
          <option value="additional">{t('settlementFigures.kinds.additional')}</option>
        </SelectField>
        <TextField
          label={t('settlementFigures.total')}
          inputMode="numeric"
          value={total}
          onChange={(e) => setTotal(e.target.value)}
          error={errors.total}
          required
        />
        <TextField
          label={t('settlementFigures.unaccompaniedMinors')}
          inputMode="numeric"
          value={minors}
          onChange={(e) => setMinors(e.target.value)}
          error={errors.unaccompaniedMinors}
          required
        />
        <TextField
          label={t('settlementFigures.receivedOn')}
          type="date"
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.target.value)}
          error={errors.receivedOn}
          required
        />
      </div>
      {mutation.error && Object.keys(errors).length === 0 && <SaveError error={mutation.error} onReload={mutation.reset} />}
      {errors['(body)'] && <Paragraph data-color="danger">{errors['(body)']}</Paragraph>}
      <div className="form-actions">
        <SubmitButton
          pending={mutation.isPending}
          label={editing ? t('settlementFigures.saveCorrection') : t('settlementFigures.saveRequest')}
        />
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('settlementFigures.cancel')}
        </Button>
      </div>
    </form>
  );
}

function DecisionForm({ year, decision, onSaved }: { year: number; decision: SettlementDecision | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useRecordSettlementDecision();
  const [total, setTotal] = useState(decision ? String(decision.total) : '');
  const [minors, setMinors] = useState(decision ? String(decision.unaccompaniedMinors) : '');
  const [decidedOn, setDecidedOn] = useState(decision?.decidedOn ?? osloToday());
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = recordSettlementDecision.safeParse({ year, total: toCount(total), unaccompaniedMinors: toCount(minors), decidedOn });
    if (!parsed.success) return setErrors(zodFieldErrors(t, parsed.error));
    setErrors({});
    save.mutate(parsed.data, { onSuccess: onSaved, onError: (error) => setErrors(serverFieldErrors(t, error)) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('settlementFigures.decision')} className="stack">
      <Heading level={3} data-size="xs">
        {t('settlementFigures.decision')}
      </Heading>
      <Paragraph data-testid="decision-now">
        {decision
          ? t('settlementFigures.decisionNow', {
              date: formatDate(decision.decidedOn, i18n.language),
              total: formatNumber(decision.total, i18n.language),
              minors: formatNumber(decision.unaccompaniedMinors, i18n.language),
            })
          : t('settlementFigures.noDecision')}
      </Paragraph>
      <div className="form-grid">
        <TextField
          label={t('settlementFigures.total')}
          description={t('settlementFigures.decisionHint')}
          inputMode="numeric"
          value={total}
          onChange={(e) => setTotal(e.target.value)}
          error={errors.total}
          required
        />
        <TextField
          label={t('settlementFigures.unaccompaniedMinors')}
          inputMode="numeric"
          value={minors}
          onChange={(e) => setMinors(e.target.value)}
          error={errors.unaccompaniedMinors}
          required
        />
        <TextField
          label={t('settlementFigures.decidedOn')}
          type="date"
          value={decidedOn}
          onChange={(e) => setDecidedOn(e.target.value)}
          error={errors.decidedOn}
          required
        />
      </div>
      {save.error && Object.keys(errors).length === 0 && <SaveError error={save.error} onReload={save.reset} />}
      <div className="form-actions">
        <SubmitButton pending={save.isPending} label={t('settlementFigures.saveDecision')} />
      </div>
    </form>
  );
}
