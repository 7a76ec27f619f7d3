import type { HouseholdView } from '@ankomst/contracts/housing';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { Section } from '../../../components/page';
import { AddMemberForm } from './add-member-form';
import { EditHouseholdForm } from './edit-household-form';
import { EditPersonForm } from './edit-person-form';
import { RemoveMemberForm } from './remove-member-form';

/** The housing office's corrections to a registered household: its facts, one person, a new member. */
export function HouseholdEditing({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const editable = household.members.filter((m) => !m.movedOut);
  const [personId, setPersonId] = useState(editable[0]?.id ?? '');
  const person = editable.find((m) => m.id === personId) ?? editable[0];
  return (
    <>
      <Section title={t('memberAdd.title')} id="add-member">
        <AddMemberForm household={household} />
      </Section>
      {editable.length > 0 && (
        <Section title={t('personEdit.title')} id="edit-person">
          <SelectField
            id="edit-person-which"
            label={t('personEdit.which')}
            value={person?.id ?? ''}
            onChange={(e) => setPersonId(e.target.value)}
          >
            {editable.map((m) => (
              <option key={m.id} value={m.id}>
                {m.givenName} {m.familyName}
              </option>
            ))}
          </SelectField>
          {person && <EditPersonForm key={person.id} person={person} />}
        </Section>
      )}
      {editable.length > 0 && (
        <Section title={t('memberRemove.title')} id="remove-member">
          <RemoveMemberForm household={household} />
        </Section>
      )}
      <Section title={t('householdEdit.title')} id="edit-household">
        <EditHouseholdForm household={household} />
      </Section>
    </>
  );
}
