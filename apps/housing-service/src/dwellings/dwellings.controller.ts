import {
  type AllocateDwelling,
  type EndTenancy,
  type HousingById,
  housingApi,
  type ListDwellings,
  type RegisterDwelling,
  type UpdateDwelling,
  type VacancyQuery,
} from '@ankomst/contracts/housing';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { DwellingsService } from './dwellings.service';
import { VacancyService } from './vacancy.service';

/** Transport only: each handler serves one declared endpoint (input parsed, actor read). */
@Controller()
export class DwellingsController {
  constructor(
    private readonly dwellings: DwellingsService,
    private readonly vacancy: VacancyService,
  ) {}

  @Handles(housingApi.registerDwelling)
  register(input: RegisterDwelling, ctx: RequestContext) {
    return this.dwellings.register(ctx, input);
  }

  @Handles(housingApi.listDwellings)
  list(input: ListDwellings, ctx: RequestContext) {
    return this.dwellings.list(ctx, input);
  }

  @Handles(housingApi.getDwelling)
  get({ id }: HousingById, ctx: RequestContext) {
    return this.dwellings.get(ctx, id);
  }

  @Handles(housingApi.updateDwelling)
  update(input: UpdateDwelling, ctx: RequestContext) {
    return this.dwellings.update(ctx, input);
  }

  @Handles(housingApi.getHouseholdHome)
  householdHome({ id }: HousingById, ctx: RequestContext) {
    return this.dwellings.householdHome(ctx, id);
  }

  @Handles(housingApi.allocateDwelling)
  allocate(input: AllocateDwelling, ctx: RequestContext) {
    return this.dwellings.allocate(ctx, input);
  }

  @Handles(housingApi.endTenancy)
  endTenancy(input: EndTenancy, ctx: RequestContext) {
    return this.dwellings.endTenancy(ctx, input);
  }

  @Handles(housingApi.listDwellingTenancies)
  tenancies({ dwellingId }: { dwellingId: string }, ctx: RequestContext) {
    return this.dwellings.tenancies(ctx, dwellingId);
  }

  @Handles(housingApi.vacancy)
  vacancyReport({ year }: VacancyQuery, ctx: RequestContext) {
    return this.vacancy.report(ctx, year);
  }
}
