import { allocateDwelling, endTenancy, housingRpc, listDwellings, listDwellingTenancies, registerDwelling, vacancyQuery } from '@ankomst/contracts';
import { Context, Handles, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DwellingsService } from './dwellings.service';
import { VacancyService } from './vacancy.service';

/** Transport only: validate the message, hand it to the service with who is acting. */
@Controller()
export class DwellingsController {
  constructor(
    private readonly dwellings: DwellingsService,
    private readonly vacancy: VacancyService,
  ) {}

  @MessagePattern(housingRpc.registerDwelling)
  register(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.dwellings.register(ctx, parseInput(registerDwelling, body));
  }

  @MessagePattern(housingRpc.listDwellings)
  list(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.dwellings.list(ctx, parseInput(listDwellings, body));
  }

  @MessagePattern(housingRpc.allocateDwelling)
  allocate(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.dwellings.allocate(ctx, parseInput(allocateDwelling, body));
  }

  @MessagePattern(housingRpc.endTenancy)
  endTenancy(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.dwellings.endTenancy(ctx, parseInput(endTenancy, body));
  }

  @Handles(listDwellingTenancies)
  tenancies({ dwellingId }: { dwellingId: string }, ctx: RequestContext) {
    return this.dwellings.tenancies(ctx, dwellingId);
  }

  @MessagePattern(housingRpc.vacancy)
  vacancyReport(@Payload() body: unknown, @Context() ctx: RequestContext) {
    return this.vacancy.report(ctx, parseInput(vacancyQuery, body).year);
  }
}
