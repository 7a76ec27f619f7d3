import {
  type DecideSelfSettlement,
  type HousingById,
  housingApi,
  type OpenSelfSettlement,
  type UpdateSelfSettlementChecklist,
} from '@ankomst/contracts/housing';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { SelfSettlementService } from './self-settlement.service';

/** Transport only: each handler serves one declared endpoint (input parsed, actor read). */
@Controller()
export class SelfSettlementController {
  constructor(private readonly selfSettlement: SelfSettlementService) {}

  @Handles(housingApi.openSelfSettlement)
  open(input: OpenSelfSettlement, ctx: RequestContext) {
    return this.selfSettlement.open(ctx, input);
  }

  @Handles(housingApi.updateSelfSettlementChecklist)
  updateChecklist(input: UpdateSelfSettlementChecklist, ctx: RequestContext) {
    return this.selfSettlement.updateChecklist(ctx, input);
  }

  @Handles(housingApi.decideSelfSettlement)
  decide(input: DecideSelfSettlement, ctx: RequestContext) {
    return this.selfSettlement.decide(ctx, input);
  }

  @Handles(housingApi.getSelfSettlement)
  get({ id }: HousingById, ctx: RequestContext) {
    return this.selfSettlement.get(ctx, id);
  }
}
