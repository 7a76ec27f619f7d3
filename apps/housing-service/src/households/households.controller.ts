import {
  type AddHouseholdMember,
  type FindPersonByNationalId,
  type GetPerson,
  type HousingById,
  housingApi,
  housingRpc,
  importHouseholds,
  type ListHouseholds,
  type RegisterHousehold,
  type SettleHousehold,
  type RemoveHouseholdMember,
  type SettlePerson,
  type TimeToSettlementQuery,
  type UpdateHousehold,
  type UpdatePerson,
} from '@ankomst/contracts/housing';
import { Context, Handles, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { HouseholdImportService } from './household-import.service';
import { HouseholdsService } from './households.service';
import { SettleHouseholdService } from './settle-household.service';
import { TimeToSettlementService } from './time-to-settlement.service';

/** Transport only: each handler serves one declared endpoint (input parsed, actor read). */
@Controller()
export class HouseholdsController {
  constructor(
    private readonly households: HouseholdsService,
    private readonly timeToSettlement: TimeToSettlementService,
    private readonly importer: HouseholdImportService,
    private readonly settleHouseholds: SettleHouseholdService,
  ) {}

  @Handles(housingApi.registerHousehold)
  register(input: RegisterHousehold, ctx: RequestContext) {
    return this.households.register(ctx, input);
  }

  /** The seed's bulk import: on the internal bus only, no gateway route. */
  @MessagePattern(housingRpc.importHouseholds)
  import(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.importer.import(ctx, parseInput(importHouseholds, body));
  }

  @Handles(housingApi.getHousehold)
  get({ id }: HousingById, ctx: RequestContext) {
    return this.households.get(ctx, id);
  }

  @Handles(housingApi.listHouseholds)
  list(input: ListHouseholds, ctx: RequestContext) {
    return this.households.list(ctx, input);
  }

  @Handles(housingApi.updateHousehold)
  updateHousehold(input: UpdateHousehold, ctx: RequestContext) {
    return this.households.updateHousehold(ctx, input);
  }

  @Handles(housingApi.addHouseholdMember)
  addMember(input: AddHouseholdMember, ctx: RequestContext) {
    return this.households.addMember(ctx, input);
  }

  @Handles(housingApi.removeHouseholdMember)
  removeMember(input: RemoveHouseholdMember, ctx: RequestContext) {
    return this.households.removeMember(ctx, input);
  }

  @Handles(housingApi.updatePerson)
  updatePerson(input: UpdatePerson, ctx: RequestContext) {
    return this.households.updatePerson(ctx, input);
  }

  @Handles(housingApi.settlePerson)
  settlePerson(input: SettlePerson, ctx: RequestContext) {
    return this.households.settlePerson(ctx, input);
  }

  @Handles(housingApi.settleHousehold)
  settleHousehold(input: SettleHousehold, ctx: RequestContext) {
    return this.settleHouseholds.settle(ctx, input);
  }

  @Handles(housingApi.getPerson)
  getPerson({ personId }: GetPerson, ctx: RequestContext) {
    return this.households.getPerson(ctx, personId);
  }

  @Handles(housingApi.findPersonByNationalId)
  findByNationalId({ nationalId }: FindPersonByNationalId, ctx: RequestContext) {
    return this.households.findByNationalId(ctx, nationalId);
  }

  @Handles(housingApi.timeToSettlement)
  timeToSettlementReport({ year }: TimeToSettlementQuery, ctx: RequestContext) {
    return this.timeToSettlement.report(ctx, year);
  }
}
