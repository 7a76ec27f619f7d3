import type { HouseholdPage, HouseholdView, PersonView } from '@ankomst/contracts';

/** Whose personal data a housing answer carried, for the audit log. */
export const auditPersons = {
  household: (body: unknown) => (body as HouseholdView | undefined)?.members?.map((m) => m.id) ?? [],
  householdPage: (body: unknown) => (body as HouseholdPage | undefined)?.items?.flatMap((h) => h.members.map((m) => m.id)) ?? [],
  person: (body: unknown) => {
    const id = (body as PersonView | undefined)?.id;
    return id ? [id] : [];
  },
};
