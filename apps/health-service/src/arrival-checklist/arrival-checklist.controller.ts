import {
  getArrivalChecklist,
  listArrivalChecklists,
  type ListArrivalChecklistsQuery,
  updateChecklistItem,
  type UpdateChecklistItem,
} from '@ankomst/contracts/health';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { ArrivalChecklistService } from './arrival-checklist.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class ArrivalChecklistController {
  constructor(private readonly checklists: ArrivalChecklistService) {}

  @Handles(listArrivalChecklists)
  list(query: ListArrivalChecklistsQuery, ctx: RequestContext) {
    return this.checklists.list(ctx, query);
  }

  @Handles(getArrivalChecklist)
  get(input: { personId: string }, ctx: RequestContext) {
    return this.checklists.get(ctx, input.personId);
  }

  @Handles(updateChecklistItem)
  update(input: UpdateChecklistItem, ctx: RequestContext) {
    return this.checklists.updateItem(ctx, input);
  }
}
