import { addDays } from '@ankomst/contracts';
import { type AttendanceEntryInput, measureCatalogue, type MeasureKind } from '@ankomst/contracts/introduction';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState, ServerError } from '../../../components/states';
import { formatDate, osloToday } from '../../../format/format';
import { serverFieldErrors } from '../../../forms/rule-messages';
import { useParticipants, useRecordAttendance } from '../api/use-introduction';

const mondayOf = (day: string) => {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
};

/** A cell's choice: not recorded, present, unapproved absence, or approved absence with its reason. */
const choices = ['', 'present', 'unapproved', 'own-illness', 'sick-child', 'welfare', 'appointment', 'leave'] as const;
type Choice = (typeof choices)[number];

function toEntry(participantId: string, day: string, measureKind: MeasureKind, hours: number, choice: Choice): AttendanceEntryInput | null {
  if (choice === '') return null;
  if (choice === 'present') return { participantId, day, measureKind, hours, presence: 'present', absenceReason: null };
  if (choice === 'unapproved') return { participantId, day, measureKind, hours, presence: 'unapproved-absence', absenceReason: null };
  return { participantId, day, measureKind, hours, presence: 'approved-absence', absenceReason: choice };
}

/**
 * The attendance sheet for a class (the participants in the programme) and a week: one native
 * select per participant and day, so the whole sheet is filled with Tab and the arrow keys.
 */
export default function AttendancePage() {
  const { t, i18n } = useTranslation();
  const [week, setWeek] = useState(mondayOf(osloToday()));
  const [measureKind, setMeasureKind] = useState<MeasureKind>('norwegian');
  const [hours, setHours] = useState('7.5');
  const [editReason, setEditReason] = useState('');
  const [cells, setCells] = useState<Record<string, Choice>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const list = useParticipants({ status: 'active', limit: 200 });
  const save = useRecordAttendance();
  const days = Array.from({ length: 5 }, (_, i) => addDays(week, i));
  const participants = list.data?.items ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const h = Number(hours.replace(',', '.'));
    const entries = participants.flatMap((p) =>
      days
        .map((day) => toEntry(p.id, day, measureKind, h, cells[`${p.id}|${day}`] ?? ''))
        .filter((e): e is AttendanceEntryInput => e !== null),
    );
    if (entries.length === 0) return;
    save.mutate(
      { entries, ...(editReason.trim() ? { editReason: editReason.trim() } : {}) },
      { onSuccess: () => setErrors({}), onError: (error) => setErrors(serverFieldErrors(t, error)) },
    );
  };

  return (
    <Page title={t('intro.attendance.title')} lead={t('intro.attendance.lead')}>
      <form noValidate onSubmit={submit} className="stack" aria-label={t('intro.attendance.title')}>
        <div className="form-grid">
          <TextField
            label={t('intro.attendance.week')}
            type="date"
            value={week}
            onChange={(e) => e.target.value && setWeek(mondayOf(e.target.value))}
          />
          <SelectField label={t('intro.plan.kind')} value={measureKind} onChange={(e) => setMeasureKind(e.target.value as MeasureKind)}>
            {measureCatalogue.map((c) => (
              <option key={c.kind} value={c.kind}>
                {t(`intro.measure.${c.kind}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('intro.attendance.hours')}
            inputMode="decimal"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            error={errors['entries.0.hours']}
          />
          <TextField
            label={t('intro.attendance.editReason')}
            description={t('intro.attendance.editReasonHelp')}
            value={editReason}
            onChange={(e) => setEditReason(e.target.value)}
            error={errors.editReason}
          />
        </div>
        <Section title={t('intro.attendance.sheet')} id="attendance-sheet">
          <QueryState error={list.error} isPending={list.isPending} feature={t('intro.attendance.title')} />
          {list.data && participants.length === 0 && <EmptyState text={t('intro.attendance.empty')} />}
          {participants.length > 0 && (
            <div className="table-wrap">
              <Table data-size="sm" data-testid="attendance-sheet">
                <caption className="sr-only">{t('intro.attendance.sheet')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('intro.participant.name')}</Table.HeaderCell>
                    {days.map((day) => (
                      <Table.HeaderCell key={day} scope="col">
                        {formatDate(day, i18n.language)}
                      </Table.HeaderCell>
                    ))}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {participants.map((p) => (
                    <Table.Row key={p.id}>
                      <Table.HeaderCell scope="row">
                        {p.givenName} {p.familyName}
                      </Table.HeaderCell>
                      {days.map((day) => (
                        <Table.Cell key={day}>
                          <select
                            className="ds-input"
                            aria-label={`${p.givenName}, ${formatDate(day, i18n.language)}`}
                            value={cells[`${p.id}|${day}`] ?? ''}
                            onChange={(e) => setCells((c) => ({ ...c, [`${p.id}|${day}`]: e.target.value as Choice }))}
                          >
                            {choices.map((c) => (
                              <option key={c} value={c}>
                                {c ? t(`intro.attendance.choice.${c}`) : '–'}
                              </option>
                            ))}
                          </select>
                        </Table.Cell>
                      ))}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
        </Section>
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending}>
            {t('intro.attendance.save')}
          </Button>
        </div>
        {save.isSuccess && <Paragraph role="status">{t('intro.attendance.saved', { count: save.data.saved })}</Paragraph>}
        {save.error && Object.keys(errors).length === 0 && <ServerError error={save.error} />}
        {Object.entries(errors).length > 0 && (
          <ul className="error-list" role="alert">
            {Object.entries(errors).map(([field, message]) => (
              <li key={field}>
                {field}: {message}
              </li>
            ))}
          </ul>
        )}
      </form>
    </Page>
  );
}
