import {
  answerMatch,
  claimInvitation,
  type EndMatch,
  endMatch,
  listMatches,
  logContact,
  type LogContact,
  type MatchStatus,
  myMatches,
  proposeMatch,
  recordRefugeeAnswer,
  suggestGuides,
} from '@ankomst/contracts/volunteering';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MatchesService } from './matches.service';

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Handles(suggestGuides)
  suggest(input: { requestId: string }, ctx: RequestContext) {
    return this.matches.suggest(ctx, input);
  }

  @Handles(proposeMatch)
  propose(input: { requestId: string; guideId: string }, ctx: RequestContext) {
    return this.matches.propose(ctx, input);
  }

  @Handles(listMatches)
  list(query: { status?: MatchStatus }, ctx: RequestContext) {
    return this.matches.list(ctx, query);
  }

  @Handles(recordRefugeeAnswer)
  refugeeAnswer(input: { matchId: string; accept: boolean }, ctx: RequestContext) {
    return this.matches.refugeeAnswer(ctx, input);
  }

  @Handles(endMatch)
  end(input: EndMatch, ctx: RequestContext) {
    return this.matches.end(ctx, input);
  }

  @Handles(myMatches)
  mine(_input: Record<string, never>, ctx: RequestContext) {
    return this.matches.mine(ctx);
  }

  @Handles(claimInvitation)
  claim(input: { code: string }, ctx: RequestContext) {
    return this.matches.claim(ctx, input);
  }

  @Handles(answerMatch)
  volunteerAnswer(input: { matchId: string; accept: boolean }, ctx: RequestContext) {
    return this.matches.volunteerAnswer(ctx, input);
  }

  @Handles(logContact)
  logContact(input: LogContact, ctx: RequestContext) {
    return this.matches.logContact(ctx, input);
  }
}
