import { type EndpointOutput } from '@ankomst/contracts';
import {
  addParticipant,
  getParticipant,
  listParticipants,
  participantCounts,
  recordCareerGuidance,
  recordDecision,
  recordExit,
  recordFollowUp,
  recordMapping,
  recordStop,
  resumeProgramme,
  updateParticipantFacts,
} from '@ankomst/contracts/introduction';
import { Handles, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import type { z } from 'zod';
import { ParticipantsService } from './participants.service';

type In<E extends { input: z.ZodType }> = z.output<E['input']>;

/** Transport only: the declared endpoints, their parsed input and who is acting, handed to the service. */
@Controller()
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  @Handles(listParticipants)
  list(query: In<typeof listParticipants>, ctx: RequestContext): Promise<EndpointOutput<typeof listParticipants>> {
    return this.participants.list(ctx, query);
  }

  @Handles(participantCounts)
  counts(_input: unknown, ctx: RequestContext) {
    return this.participants.counts(ctx);
  }

  @Handles(getParticipant)
  get(input: In<typeof getParticipant>, ctx: RequestContext) {
    return this.participants.get(ctx, input.participantId);
  }

  @Handles(addParticipant)
  add(input: In<typeof addParticipant>, ctx: RequestContext) {
    return this.participants.add(ctx, input);
  }

  @Handles(updateParticipantFacts)
  updateFacts(input: In<typeof updateParticipantFacts>, ctx: RequestContext) {
    return this.participants.updateFacts(ctx, input);
  }

  @Handles(recordMapping)
  recordMapping(input: In<typeof recordMapping>, ctx: RequestContext) {
    return this.participants.recordMapping(ctx, input);
  }

  @Handles(recordCareerGuidance)
  recordCareerGuidance(input: In<typeof recordCareerGuidance>, ctx: RequestContext) {
    return this.participants.recordCareerGuidance(ctx, input);
  }

  @Handles(recordDecision)
  recordDecision(input: In<typeof recordDecision>, ctx: RequestContext) {
    return this.participants.recordDecision(ctx, input);
  }

  @Handles(recordStop)
  recordStop(input: In<typeof recordStop>, ctx: RequestContext) {
    return this.participants.recordStop(ctx, input);
  }

  @Handles(resumeProgramme)
  resume(input: In<typeof resumeProgramme>, ctx: RequestContext) {
    return this.participants.resume(ctx, input);
  }

  @Handles(recordExit)
  recordExit(input: In<typeof recordExit>, ctx: RequestContext) {
    return this.participants.recordExit(ctx, input);
  }

  @Handles(recordFollowUp)
  recordFollowUp(input: In<typeof recordFollowUp>, ctx: RequestContext) {
    return this.participants.recordFollowUp(ctx, input);
  }
}
