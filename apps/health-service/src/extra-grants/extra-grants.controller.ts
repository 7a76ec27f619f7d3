import {
  createExtraGrant,
  type CreateExtraGrant,
  decideExtraGrant,
  type DecideExtraGrant,
  listExtraGrants,
  submitExtraGrant,
  type SubmitExtraGrant,
  updateExtraGrant,
  type UpdateExtraGrant,
} from '@ankomst/contracts/health';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { ExtraGrantsService } from './extra-grants.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class ExtraGrantsController {
  constructor(private readonly grants: ExtraGrantsService) {}

  @Handles(listExtraGrants)
  list(_input: object, ctx: RequestContext) {
    return this.grants.list(ctx);
  }

  @Handles(createExtraGrant)
  create(input: CreateExtraGrant, ctx: RequestContext) {
    return this.grants.create(ctx, input);
  }

  @Handles(updateExtraGrant)
  update(input: UpdateExtraGrant, ctx: RequestContext) {
    return this.grants.update(ctx, input);
  }

  @Handles(submitExtraGrant)
  submit(input: SubmitExtraGrant, ctx: RequestContext) {
    return this.grants.submit(ctx, input);
  }

  @Handles(decideExtraGrant)
  decide(input: DecideExtraGrant, ctx: RequestContext) {
    return this.grants.decide(ctx, input);
  }
}
