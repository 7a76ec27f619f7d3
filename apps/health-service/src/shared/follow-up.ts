import { todayInOslo } from '@ankomst/contracts';
import { healthFollowUpChanged } from '@ankomst/contracts/health';
import { EventRecorder } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HealthPersonEntity } from '../arrival-checklist/health-person.entity';

/**
 * The one place a person's follow-up status is derived and announced. Active while any
 * checklist item is due or offered, or a child's MIGRA follow-up has not been handed over;
 * closed otherwise. The event carries the status and the responsible unit, nothing else.
 */
@Injectable()
export class FollowUpStatus {
  constructor(private readonly events: EventRecorder) {}

  /** Re-derives the status in the caller's transaction; records the event only on a change (or when `announce`). */
  async refresh(
    manager: EntityManager,
    person: HealthPersonEntity,
    actor: string,
    correlationId: string | undefined,
    announce = false,
  ): Promise<HealthPersonEntity> {
    const [row] = (await manager.query(
      `SELECT EXISTS (SELECT 1 FROM checklist_item WHERE municipality = $1 AND person_id = $2 AND status IN ('due', 'offered'))
           OR EXISTS (SELECT 1 FROM child_follow_up WHERE municipality = $1 AND person_id = $2 AND handed_over_on IS NULL) AS open`,
      [person.municipality, person.personId],
    )) as { open: boolean }[];
    const followUp = row.open ? 'active' : 'closed';
    if (followUp === person.followUp && !announce) return person;
    await manager.update(HealthPersonEntity, { municipality: person.municipality, personId: person.personId }, { followUp });
    const updated = Object.assign(person, { followUp });
    await this.events.record(manager, {
      contract: healthFollowUpChanged,
      aggregateId: person.personId,
      municipality: person.municipality,
      actor,
      correlationId,
      payload: {
        personId: person.personId,
        householdId: person.householdId,
        municipality: person.municipality,
        followUp,
        responsibleUnit: person.responsibleUnit as 'refugee-health-service',
        changedOn: todayInOslo(),
      },
    });
    return updated;
  }
}
