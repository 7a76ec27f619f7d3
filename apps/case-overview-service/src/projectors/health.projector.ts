import { healthFollowUpChanged } from '@ankomst/contracts/health/events';
import { addTimelineEntry, lockAggregate } from '../read-model/household-core';
import { projectionQuery } from '../read-model/prepared-query';
import { on, type Projector } from '../read-model/projector';

/**
 * The health department's part of the case view: per person only "health follow-up: active /
 * closed" and the responsible unit (a person without a health record shows none). That is all
 * the health service ever tells: no checklist item, vaccine, note or deadline leaves it. Gated by
 * the `health-follow-up-status` consent like every section; order-tolerant: the snapshot of the
 * later event wins, whichever arrives first.
 */
export const healthProjector: Projector = {
  name: 'health',
  section: { key: 'health', department: 'health', category: 'health-follow-up-status' },
  handlers: [
    on(healthFollowUpChanged, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      const data = { followUp: p.followUp, responsibleUnit: p.responsibleUnit, since: p.changedOn };
      await projectionQuery(
        manager,
        `INSERT INTO section (subject_id, section, household_id, data) VALUES ($1, 'health', $2, $3::jsonb)
         ON CONFLICT (subject_id, section) DO UPDATE SET household_id = EXCLUDED.household_id, data = EXCLUDED.data
          WHERE coalesce(section.data->>'at', '') <= EXCLUDED.data->>'at'`,
        [p.personId, p.householdId, JSON.stringify({ ...data, at: event.occurredAt })],
      );
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        personId: p.personId,
        municipality: event.municipality,
        department: 'health',
        category: 'health-follow-up-status',
        kind: `health-follow-up-${p.followUp}`,
        occurredAt: event.occurredAt,
        summary: `Health follow-up ${p.followUp} (${p.responsibleUnit})`,
      });
    }),
  ],
};
