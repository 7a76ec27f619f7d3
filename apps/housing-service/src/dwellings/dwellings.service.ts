import {
  type AllocateDwelling,
  dwellingAllocated,
  type DwellingTenancy,
  dwellingRegistered,
  type DwellingView,
  dwellingUpdated,
  type EndTenancy,
  type HouseholdHome,
  type ListDwellings,
  type RegisterDwelling,
  tenancyEnded,
  type TenancyView,
  type UpdateDwelling,
} from '@ankomst/contracts/housing';
import { todayInOslo } from '@ankomst/contracts';
import { assertOwnMunicipality, authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { assertTenancyAfterRequest } from '../shared/case-date-rules';
import { HouseholdEntity } from '../households/household.entity';
import { DwellingEntity, TenancyEntity } from './dwelling.entity';

const UNIQUE_VIOLATION = '23505';

/** Municipal and private dwellings, and who lives in them. */
@Injectable()
export class DwellingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  async register({ actor, correlationId }: RequestContext, input: RegisterDwelling): Promise<DwellingView> {
    authorize(actor, 'dwellings:write');
    const dwelling = Object.assign(new DwellingEntity(), { id: randomUUID(), municipality: actor.municipality, retiredOn: null, ...input });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(DwellingEntity, dwelling);
      await this.events.record(manager, {
        contract: dwellingRegistered,
        aggregateId: dwelling.id,
        municipality: dwelling.municipality,
        actor,
        correlationId,
        payload: dwellingFacts(dwelling),
      });
    });
    return toDwellingView(dwelling, null);
  }

  async list({ actor }: RequestContext, query: ListDwellings): Promise<{ total: number; items: DwellingView[] }> {
    authorize(actor, 'dwellings:read');
    const vacantOnly = query.vacantOnly ? `AND d.status = 'available' AND t.id IS NULL` : '';
    const rows = await this.dataSource.query<(DwellingRow & { total: string })[]>(
      `SELECT d.id, d.municipality, d.ownership, d.address, d.postal_code, d.size_square_metres, d.rooms,
              d.monthly_rent_nok, d.accessible, d.status, d.available_from::text, t.household_id AS occupied_by,
              count(*) OVER () AS total
         FROM dwelling d LEFT JOIN tenancy t ON t.dwelling_id = d.id AND t.end_date IS NULL
        WHERE d.municipality = $1 ${vacantOnly}
        ORDER BY d.address, d.id LIMIT $2 OFFSET $3`,
      [actor.municipality, query.limit, query.offset],
    );
    return { total: Number(rows[0]?.total ?? 0), items: rows.map(fromRow) };
  }

  async get({ actor }: RequestContext, id: string): Promise<DwellingView> {
    authorize(actor, 'dwellings:read');
    const dwelling = await this.dataSource.getRepository(DwellingEntity).findOneBy({ id });
    assertOwnMunicipality(actor, dwelling, 'dwelling');
    return toDwellingView(dwelling, await occupant(this.dataSource.manager, id));
  }

  /**
   * Changes the fields sent. A let dwelling stays `available`: retiring or closing it for
   * maintenance needs the tenancy ended first, or the vacancy figures would count a home as stock out.
   */
  async update({ actor, correlationId }: RequestContext, input: UpdateDwelling): Promise<DwellingView> {
    authorize(actor, 'dwellings:write');
    const { dwellingId, ...fields } = input;
    if (!Object.values(fields).some((value) => value !== undefined))
      throw ServiceException.validation([{ field: '(body)', rule: 'must change at least one field', code: 'no_change' }]);
    return this.dataSource.transaction(async (manager) => {
      const dwelling = await manager
        .getRepository(DwellingEntity)
        .findOne({ where: { id: dwellingId }, lock: { mode: 'pessimistic_write' } });
      assertOwnMunicipality(actor, dwelling, 'dwelling');
      const occupiedBy = await occupant(manager, dwelling.id);
      if (occupiedBy && fields.status && fields.status !== 'available') {
        throw new ServiceException('conflict', 'The dwelling is let: end the tenancy before changing its status', undefined, {
          code: 'dwelling_occupied',
          params: { status: fields.status },
        });
      }
      const retiredOn =
        fields.status === undefined ? dwelling.retiredOn : fields.status === 'retired' ? (dwelling.retiredOn ?? todayInOslo()) : null;
      Object.assign(dwelling, fields, { retiredOn });
      await manager.update(DwellingEntity, { id: dwelling.id }, { ...fields, retiredOn });
      await this.events.record(manager, {
        contract: dwellingUpdated,
        aggregateId: dwelling.id,
        municipality: dwelling.municipality,
        actor,
        correlationId,
        payload: dwellingFacts(dwelling),
      });
      return toDwellingView(dwelling, occupiedBy);
    });
  }

  /** The household's active tenancy with the dwelling's address; members named for the audit log. */
  async householdHome({ actor }: RequestContext, householdId: string): Promise<HouseholdHome> {
    authorize(actor, 'dwellings:read');
    const household = await this.dataSource.getRepository(HouseholdEntity).findOneBy({ id: householdId });
    assertOwnMunicipality(actor, household, 'household');
    const [row] = await this.dataSource.query<(TenancyView & { address: string; postalCode: string })[]>(
      `SELECT t.id, t.dwelling_id AS "dwellingId", t.household_id AS "householdId", t.municipality, t.start_date::text AS "startDate",
              t.end_date::text AS "endDate", t.end_reason AS "endReason", t.with_startlan AS "withStartlan",
              d.address, d.postal_code AS "postalCode"
         FROM tenancy t JOIN dwelling d ON d.id = t.dwelling_id
        WHERE t.household_id = $1 AND t.end_date IS NULL`,
      [householdId],
    );
    return { householdId, memberIds: await memberIds(this.dataSource.manager, householdId), home: row ?? null };
  }

  /** A dwelling's tenancies, newest first, each with its household's members (for the audit log). */
  async tenancies({ actor }: RequestContext, dwellingId: string): Promise<{ items: DwellingTenancy[] }> {
    authorize(actor, 'dwellings:read');
    const rows = await this.dataSource.query<{ known: boolean; items: DwellingTenancy[] | null }[]>(
      `SELECT EXISTS (SELECT 1 FROM dwelling WHERE id = $1 AND municipality = $2) AS known,
              (SELECT json_agg(json_build_object(
                        'id', t.id, 'dwellingId', t.dwelling_id, 'householdId', t.household_id, 'municipality', t.municipality,
                        'startDate', t.start_date::text, 'endDate', t.end_date::text, 'endReason', t.end_reason,
                        'withStartlan', t.with_startlan,
                        'memberIds', (SELECT coalesce(json_agg(p.id ORDER BY p.id), '[]') FROM person p WHERE p.household_id = t.household_id))
                      ORDER BY t.start_date DESC, t.id)
                 FROM tenancy t WHERE t.dwelling_id = $1 AND t.municipality = $2) AS items`,
      [dwellingId, actor.municipality],
    );
    if (!rows[0]?.known) throw new ServiceException('not_found', 'No such dwelling in your municipality');
    return { items: rows[0].items ?? [] };
  }

  /**
   * Lets a dwelling to a household. Two officers allocating the same dwelling at once:
   * the partial unique index on active tenancies lets exactly one commit, the other gets 409.
   */
  async allocate(ctx: RequestContext, input: AllocateDwelling): Promise<DwellingTenancy> {
    authorize(ctx.actor, 'dwellings:write');
    return this.dataSource.transaction((manager) => this.allocateIn(manager, ctx, input)).catch(rethrowTenancyConflict);
  }

  /**
   * The allocation inside a caller's transaction (settling a household that moves in the same
   * day). A unique violation aborts that transaction: the caller maps it with `rethrowTenancyConflict`.
   */
  async allocateIn(manager: EntityManager, { actor, correlationId }: RequestContext, input: AllocateDwelling): Promise<DwellingTenancy> {
    authorize(actor, 'dwellings:write');
    const dwelling = await manager.getRepository(DwellingEntity).findOneBy({ id: input.dwellingId });
    assertOwnMunicipality(actor, dwelling, 'dwelling');
    const household = await manager.getRepository(HouseholdEntity).findOneBy({ id: input.householdId });
    assertOwnMunicipality(actor, household, 'household');
    assertTenancyAfterRequest(household.requestedOn, input.startDate);
    if (dwelling.status !== 'available') {
      throw new ServiceException('conflict', `Dwelling is ${dwelling.status} and cannot be let`, undefined, {
        code: 'dwelling_not_available',
        params: { status: dwelling.status },
      });
    }
    const tenancy: TenancyView = {
      id: randomUUID(),
      dwellingId: dwelling.id,
      householdId: household.id,
      municipality: actor.municipality,
      startDate: input.startDate,
      endDate: null,
      endReason: null,
      withStartlan: false,
    };
    await manager.insert(TenancyEntity, tenancy);
    await this.events.record(manager, {
      contract: dwellingAllocated,
      aggregateId: dwelling.id,
      municipality: actor.municipality,
      actor,
      correlationId,
      payload: {
        tenancyId: tenancy.id,
        dwellingId: dwelling.id,
        householdId: household.id,
        municipality: actor.municipality,
        ownership: dwelling.ownership,
        startDate: input.startDate,
      },
    });
    return { ...tenancy, memberIds: await memberIds(manager, household.id) };
  }

  /** Ends a tenancy: moved out, or bought their own home (possibly with a startlån). */
  async endTenancy({ actor, correlationId }: RequestContext, input: EndTenancy): Promise<DwellingTenancy> {
    authorize(actor, 'dwellings:write');
    if (input.withStartlan && input.reason !== 'bought-own-home') {
      throw ServiceException.validation([
        { field: 'withStartlan', rule: 'only with reason bought-own-home', code: 'only_with_bought_own_home' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const tenancy = await manager
        .getRepository(TenancyEntity)
        .findOne({ where: { id: input.tenancyId }, lock: { mode: 'pessimistic_write' } });
      assertOwnMunicipality(actor, tenancy, 'tenancy');
      if (tenancy.endDate)
        throw new ServiceException('conflict', `Tenancy already ended on ${tenancy.endDate}`, undefined, {
          code: 'tenancy_ended',
          params: { date: tenancy.endDate },
        });
      if (input.endDate < tenancy.startDate) {
        throw ServiceException.validation([
          {
            field: 'endDate',
            rule: `must not be before the start (${tenancy.startDate})`,
            code: 'date_before',
            params: { other: 'startDate', date: tenancy.startDate },
          },
        ]);
      }
      Object.assign(tenancy, { endDate: input.endDate, endReason: input.reason, withStartlan: input.withStartlan });
      await manager.update(
        TenancyEntity,
        { id: tenancy.id },
        { endDate: input.endDate, endReason: input.reason, withStartlan: input.withStartlan },
      );
      await this.events.record(manager, {
        contract: tenancyEnded,
        aggregateId: tenancy.dwellingId,
        municipality: tenancy.municipality,
        actor,
        correlationId,
        payload: {
          tenancyId: tenancy.id,
          dwellingId: tenancy.dwellingId,
          householdId: tenancy.householdId,
          municipality: tenancy.municipality,
          endDate: input.endDate,
          reason: input.reason,
          withStartlan: input.withStartlan,
        },
      });
      return { ...tenancy, memberIds: await memberIds(manager, tenancy.householdId) };
    });
  }
}

/** Two allocations at once: the partial unique indexes on active tenancies let one commit; the other gets 409. */
export function rethrowTenancyConflict(error: unknown): never {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  if (driver?.code !== UNIQUE_VIOLATION) throw error;
  const householdHasTenancy = driver.constraint === 'tenancy_active_household_uq';
  throw new ServiceException(
    'conflict',
    householdHasTenancy ? 'Household already has an active tenancy' : 'Dwelling is already allocated',
    undefined,
    { code: householdHasTenancy ? 'household_has_tenancy' : 'dwelling_allocated' },
  );
}

/** What other services learn about a dwelling: its kind and size, not its address. */
function dwellingFacts(dwelling: DwellingEntity) {
  return {
    dwellingId: dwelling.id,
    municipality: dwelling.municipality,
    ownership: dwelling.ownership,
    rooms: dwelling.rooms,
    sizeSquareMetres: dwelling.sizeSquareMetres,
    monthlyRentNok: dwelling.monthlyRentNok,
    accessible: dwelling.accessible,
    availableFrom: dwelling.availableFrom,
  };
}

/** The household living in the dwelling now, if any. */
async function occupant(manager: EntityManager, dwellingId: string): Promise<string | null> {
  const [row] = await manager.query<{ household_id: string }[]>(
    'SELECT household_id FROM tenancy WHERE dwelling_id = $1 AND end_date IS NULL',
    [dwellingId],
  );
  return row?.household_id ?? null;
}

/** The persons of a household, so that the audit log knows whose home a tenancy is. */
async function memberIds(manager: EntityManager, householdId: string): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>('SELECT id FROM person WHERE household_id = $1 ORDER BY id', [householdId]);
  return rows.map((row) => row.id);
}

interface DwellingRow {
  id: string;
  municipality: string;
  ownership: 'municipal' | 'private';
  address: string;
  postal_code: string;
  size_square_metres: string;
  rooms: number;
  monthly_rent_nok: number;
  accessible: boolean;
  status: 'available' | 'maintenance' | 'retired';
  available_from: string;
  occupied_by: string | null;
}

function fromRow(row: DwellingRow): DwellingView {
  return {
    id: row.id,
    municipality: row.municipality,
    ownership: row.ownership,
    address: row.address,
    postalCode: row.postal_code,
    sizeSquareMetres: Number(row.size_square_metres),
    rooms: row.rooms,
    monthlyRentNok: row.monthly_rent_nok,
    accessible: row.accessible,
    status: row.status,
    availableFrom: row.available_from,
    occupiedBy: row.occupied_by,
  };
}

function toDwellingView(d: DwellingEntity, occupiedBy: string | null): DwellingView {
  return {
    id: d.id,
    municipality: d.municipality,
    ownership: d.ownership,
    address: d.address,
    postalCode: d.postalCode,
    sizeSquareMetres: d.sizeSquareMetres,
    rooms: d.rooms,
    monthlyRentNok: d.monthlyRentNok,
    accessible: d.accessible,
    status: d.status,
    availableFrom: d.availableFrom,
    occupiedBy,
  };
}
