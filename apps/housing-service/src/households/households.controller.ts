import {
  findPersonByNationalId,
  getPerson,
  housingById,
  housingRpc,
  importHouseholds,
  listHouseholds,
  registerHousehold,
  settlePerson,
  housingApi,
  type TimeToSettlementQuery,
  updatePerson,
} from '@ankomst/contracts';
import { Context, Handles, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { HouseholdImportService } from './household-import.service';
import { HouseholdsService } from './households.service';
import { TimeToSettlementService } from './time-to-settlement.service';

/** Transport only: validate the message, hand it to the service with who is acting. */
@Controller()
export class HouseholdsController {
  constructor(
    private readonly households: HouseholdsService,
    private readonly timeToSettlement: TimeToSettlementService,
    private readonly importer: HouseholdImportService,
  ) {}

  @MessagePattern(housingRpc.registerHousehold)
  register(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.households.register(ctx, parseInput(registerHousehold, body));
  }

  @MessagePattern(housingRpc.importHouseholds)
  import(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.importer.import(ctx, parseInput(importHouseholds, body));
  }

  @MessagePattern(housingRpc.getHousehold)
  get(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.households.get(ctx, parseInput(housingById, body).id);
  }

  @MessagePattern(housingRpc.listHouseholds)
  list(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.households.list(ctx, parseInput(listHouseholds, body));
  }

  @MessagePattern(housingRpc.updatePerson)
  updatePerson(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.households.updatePerson(ctx, parseInput(updatePerson, body));
  }

  @MessagePattern(housingRpc.settlePerson)
  settlePerson(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.households.settlePerson(ctx, parseInput(settlePerson, body));
  }

  @MessagePattern(housingRpc.getPerson)
  getPerson(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.households.getPerson(ctx, parseInput(getPerson, body).personId);
  }

  @MessagePattern(housingRpc.findPersonByNationalId)
  findByNationalId(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.households.findByNationalId(ctx, parseInput(findPersonByNationalId, body).nationalId);
  }

  @Handles(housingApi.timeToSettlement)
  timeToSettlementReport({ year }: TimeToSettlementQuery, ctx: RequestContext) {
    return this.timeToSettlement.report(ctx, year);
  }
}
