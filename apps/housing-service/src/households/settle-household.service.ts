import { type HouseholdDetail, type SettleHousehold } from '@ankomst/contracts/housing';
import { todayInOslo } from '@ankomst/contracts';
import { assertOwnMunicipality, authorize, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { DwellingsService, rethrowTenancyConflict } from '../dwellings/dwellings.service';
import { assertSettlementAfterPermit } from '../shared/case-date-rules';
import { HouseholdEntity, PersonEntity } from './household.entity';
import { withHouseholdFacts } from './household-detail';
import { HouseholdWriter } from './household-writer';
import { toHouseholdView, toPersonBasics, toPersonView } from './person-view';

/**
 * Settling a whole household on one day, the way it happens: the family moves in. Every
 * member not yet settled is settled (each one's own permit rule holds), and with a dwelling
 * the tenancy starts that day, all in one transaction with the events.
 */
@Injectable()
export class SettleHouseholdService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: HouseholdWriter,
    private readonly dwellings: DwellingsService,
  ) {}

  async settle(ctx: RequestContext, input: SettleHousehold): Promise<HouseholdDetail> {
    authorize(ctx.actor, 'housing:write');
    if (input.dwellingId) authorize(ctx.actor, 'dwellings:write');
    if (input.settledOn > todayInOslo()) {
      throw ServiceException.validation([{ field: 'settledOn', rule: 'must not be in the future', code: 'date_in_future' }]);
    }
    return this.dataSource
      .transaction(async (manager) => {
        const household = await manager
          .getRepository(HouseholdEntity)
          .findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
        assertOwnMunicipality(ctx.actor, household, 'household');
        const waiting = await manager.getRepository(PersonEntity).find({
          where: { householdId: household.id, settledOn: IsNull(), movedOutAt: IsNull(), leftOn: IsNull() },
          lock: { mode: 'pessimistic_write' },
        });
        if (!waiting.length)
          throw new ServiceException('conflict', 'Every member is already settled', undefined, { code: 'household_settled' });
        for (const person of waiting) assertSettlementAfterPermit(person, input.settledOn);
        if (input.dwellingId) {
          await this.dwellings.allocateIn(manager, ctx, {
            dwellingId: input.dwellingId,
            householdId: household.id,
            startDate: input.settledOn,
          });
        }
        const identified = await this.identified(manager, household.id);
        for (const person of waiting) {
          person.settledOn = input.settledOn;
          await manager.update(PersonEntity, { id: person.id }, { settledOn: input.settledOn });
          await this.writer.recordSettled(manager, ctx, person, toPersonBasics(person, household, identified.has(person.id)));
        }
        const members = await manager
          .getRepository(PersonEntity)
          // Members taken out of the household keep their record but are no longer its members.
          .find({ where: { householdId: household.id, leftOn: IsNull() }, order: { birthDate: 'ASC' } });
        const view = toHouseholdView(
          household,
          members.map((m) => toPersonView(m, identified.has(m.id))),
        );
        return withHouseholdFacts(manager, view);
      })
      .catch(rethrowTenancyConflict);
  }

  private async identified(manager: EntityManager, householdId: string): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>('SELECT id FROM person WHERE household_id = $1 AND national_id_hash IS NOT NULL', [
      householdId,
    ]);
    return new Set(rows.map((r) => r.id));
  }
}
