import {
  dwellingAllocated,
  dwellingRegistered,
  type ImportedHousehold,
  type ImportHouseholds,
  type ImportHouseholdsResult,
} from '@ankomst/contracts/housing';
import { authorize, EventRecorder, type RequestContext } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { DwellingEntity, TenancyEntity } from '../dwellings/dwelling.entity';
import { NationalIdVault } from '../national-id/national-id-vault';
import { HouseholdWriter, insertInChunks } from './household-writer';
import { refuseDuplicateNationalId } from './national-id-conflict';
import { newHousehold } from './new-household';

type Home = NonNullable<ImportedHousehold['home']>;

/**
 * Many households in one transaction with multi-row inserts (demo data, moving from an
 * older system), each with its current home if it has one. Every change still gets its
 * events, exactly as if it had been registered, housed and settled one command at a time.
 */
@Injectable()
export class HouseholdImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
    private readonly vault: NationalIdVault,
    private readonly writer: HouseholdWriter,
  ) {}

  async import(ctx: RequestContext, input: ImportHouseholds): Promise<ImportHouseholdsResult> {
    authorize(ctx.actor, 'housing:write');
    authorize(ctx.actor, 'dwellings:write');
    const municipality = ctx.actor.municipality;
    const created = input.households.map((h) => ({ rows: newHousehold(h, municipality, this.vault), home: h.home }));
    await refuseDuplicateNationalId(() =>
      this.dataSource.transaction(async (manager) => {
        await this.writer.write(
          manager,
          ctx,
          created.map((c) => c.rows),
        );
        const homes = created.flatMap(({ rows, home }) => (home ? [{ householdId: rows.household.id, home }] : []));
        await this.house(manager, ctx, homes);
      }),
    );
    return { households: created.length, persons: created.reduce((n, c) => n + c.rows.persons.length, 0) };
  }

  private async house(manager: EntityManager, ctx: RequestContext, homes: { householdId: string; home: Home }[]): Promise<void> {
    const municipality = ctx.actor.municipality;
    const rows = homes.map(({ householdId, home }) => {
      const { startDate, ...fields } = home;
      const dwelling = Object.assign(new DwellingEntity(), { ...fields, id: randomUUID(), municipality, retiredOn: null });
      const tenancy = Object.assign(new TenancyEntity(), {
        id: randomUUID(),
        dwellingId: dwelling.id,
        householdId,
        municipality,
        startDate,
        endDate: null,
        endReason: null,
        withStartlan: false,
      });
      return { dwelling, tenancy };
    });
    await insertInChunks(
      manager,
      DwellingEntity,
      rows.map((r) => r.dwelling),
    );
    await insertInChunks(
      manager,
      TenancyEntity,
      rows.map((r) => r.tenancy),
    );
    for (const { dwelling: d, tenancy: t } of rows) {
      const common = { municipality, actor: ctx.actor, correlationId: ctx.correlationId, aggregateId: d.id };
      await this.events.record(manager, {
        ...common,
        contract: dwellingRegistered,
        payload: {
          dwellingId: d.id,
          municipality,
          ownership: d.ownership,
          rooms: d.rooms,
          sizeSquareMetres: d.sizeSquareMetres,
          monthlyRentNok: d.monthlyRentNok,
          accessible: d.accessible,
          availableFrom: d.availableFrom,
        },
      });
      await this.events.record(manager, {
        ...common,
        contract: dwellingAllocated,
        payload: {
          tenancyId: t.id,
          dwellingId: d.id,
          householdId: t.householdId,
          municipality,
          ownership: d.ownership,
          startDate: t.startDate,
        },
      });
    }
  }
}
