import { Button, Checkbox, Fieldset, Heading } from '@digdir/designsystemet-react';
import {
  coordinationUnits,
  createExtraGrantInput,
  extraGrantKind,
  type CoordinationUnit,
  type ExtraGrantView,
} from '@ankomst/contracts/health';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { TextAreaField } from '../../../components/text-area-field';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useCreateExtraGrant } from '../api/use-health';
import { fieldLabel, showServerIssues, validated } from './schema-form';
import { UnitOptions } from './unit-options';
import { SubmitButton } from '../../../forms/submit-button';

const fieldId = (path: string) => `grant-${path.replace(/\./g, '-')}`;

interface CostLineDraft {
  unit: string;
  description: string;
  amountNok: string;
}
const emptyLine = (): CostLineDraft => ({ unit: '', description: '', amountNok: '' });

/**
 * Start an ekstratilskudd application (a draft) for one person: the grant and its year, IMDi's
 * eligibility conditions, the units involved and what they will cost. The documents are recorded
 * and the draft sent from the applications list.
 */
export function ExtraGrantForm({ personId, onCreated }: { personId: string; onCreated: (grant: ExtraGrantView) => void }) {
  const { t } = useTranslation();
  const create = useCreateExtraGrant();
  const errors = useFieldErrors();
  const [kind, setKind] = useState('');
  const [grantYear, setGrantYear] = useState('1');
  const [settledByAgreementWithImdi, setSettled] = useState(false);
  const [conditionKnownBeforeSettlement, setKnown] = useState(false);
  const [conditionNote, setConditionNote] = useState('');
  const [involvedUnits, setUnits] = useState<CoordinationUnit[]>([]);
  const [costLines, setCostLines] = useState<CostLineDraft[]>([emptyLine()]);

  const setLine = (index: number, field: keyof CostLineDraft, value: string) => {
    setCostLines((lines) => lines.map((line, i) => (i === index ? { ...line, [field]: value } : line)));
    errors.clear([`costLines.${index}.${field}`]);
  };
  const toggleUnit = (unit: CoordinationUnit, on: boolean) =>
    setUnits((units) => (on ? [...units, unit] : units.filter((u) => u !== unit)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const note = conditionNote.trim();
    const lines = costLines.filter((line) => line.unit || line.description.trim() || line.amountNok.trim());
    const input = {
      personId,
      kind: kind || undefined,
      grantYear: grantYear.trim() === '' ? undefined : Number(grantYear),
      settledByAgreementWithImdi,
      conditionKnownBeforeSettlement,
      conditionNote: note || null,
      involvedUnits,
      costLines: lines.map((line) => ({
        unit: line.unit || undefined,
        description: line.description.trim(),
        amountNok: line.amountNok.trim() === '' ? undefined : Number(line.amountNok.replace(/\s/g, '')),
      })),
    };
    const data = validated(t, createExtraGrantInput, input, errors);
    if (data) create.mutate(data, { onSuccess: (grant) => onCreated(grant), onError: showServerIssues(t, errors) });
  };

  const text = 'health.grantForm';
  const e = errors.errors;
  return (
    <form onSubmit={submit} noValidate aria-label={t(`${text}.heading`)}>
      <FormErrorSummary errors={e} summaryRef={errors.summaryRef} fieldId={fieldId} label={fieldLabel(t, text)} />
      {create.error && Object.keys(e).length === 0 && <ServerError error={create.error} />}
      <div className="form-grid">
        <SelectField
          id={fieldId('kind')}
          label={t(`${text}.kind`)}
          value={kind}
          onChange={(ev) => {
            setKind(ev.target.value);
            errors.clear(['kind']);
          }}
          error={e.kind}
          required
        >
          <option value="">{t('form.choose')}</option>
          {extraGrantKind.options.map((option) => (
            <option key={option} value={option}>
              {t(`health.grants.kindLabel.${option}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={fieldId('grantYear')}
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          label={t(`${text}.grantYear`)}
          description={t(`${text}.grantYearHelp`)}
          value={grantYear}
          onChange={(ev) => {
            setGrantYear(ev.target.value);
            errors.clear(['grantYear']);
          }}
          error={e.grantYear}
          required
        />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t(`${text}.eligibility`)}</Fieldset.Legend>
        <Checkbox
          id={fieldId('settledByAgreementWithImdi')}
          label={t(`${text}.settledByAgreementWithImdi`)}
          checked={settledByAgreementWithImdi}
          onChange={(ev) => setSettled(ev.target.checked)}
        />
        <Checkbox
          id={fieldId('conditionKnownBeforeSettlement')}
          label={t(`${text}.conditionKnownBeforeSettlement`)}
          checked={conditionKnownBeforeSettlement}
          onChange={(ev) => setKnown(ev.target.checked)}
        />
      </Fieldset>
      <TextAreaField
        id={fieldId('conditionNote')}
        label={t(`${text}.conditionNote`)}
        description={t(`${text}.conditionNoteHelp`)}
        rows={2}
        value={conditionNote}
        onChange={(ev) => {
          setConditionNote(ev.target.value);
          errors.clear(['conditionNote']);
        }}
        error={e.conditionNote}
      />
      <Fieldset id={fieldId('involvedUnits')}>
        <Fieldset.Legend>{t(`${text}.involvedUnits`)}</Fieldset.Legend>
        {coordinationUnits.map((unit) => (
          <Checkbox
            key={unit}
            label={t(`health.units.${unit}`)}
            checked={involvedUnits.includes(unit)}
            onChange={(ev) => toggleUnit(unit, ev.target.checked)}
          />
        ))}
      </Fieldset>
      <Heading level={3} data-size="2xs" id={fieldId('costLines')}>
        {t(`${text}.costLines`)}
      </Heading>
      {costLines.map((line, index) => (
        <div className="form-grid" key={index} data-testid="cost-line">
          <SelectField
            id={fieldId(`costLines.${index}.unit`)}
            label={t(`${text}.lineUnit`, { n: index + 1 })}
            value={line.unit}
            onChange={(ev) => setLine(index, 'unit', ev.target.value)}
            error={e[`costLines.${index}.unit`]}
          >
            <UnitOptions />
          </SelectField>
          <TextField
            id={fieldId(`costLines.${index}.description`)}
            label={t(`${text}.lineDescription`, { n: index + 1 })}
            value={line.description}
            onChange={(ev) => setLine(index, 'description', ev.target.value)}
            error={e[`costLines.${index}.description`]}
          />
          <TextField
            id={fieldId(`costLines.${index}.amountNok`)}
            inputMode="numeric"
            label={t(`${text}.lineAmount`, { n: index + 1 })}
            value={line.amountNok}
            onChange={(ev) => setLine(index, 'amountNok', ev.target.value)}
            error={e[`costLines.${index}.amountNok`]}
          />
        </div>
      ))}
      <div className="form-actions">
        <Button type="button" variant="tertiary" onClick={() => setCostLines((lines) => [...lines, emptyLine()])}>
          {t(`${text}.addLine`)}
        </Button>
        <SubmitButton pending={create.isPending} label={t(`${text}.submit`)} />
      </div>
    </form>
  );
}
