import {
  breakGlassGrant,
  type BreakGlassGrant,
  breakGlassList,
  breakGlassRequest,
  type BreakGlassRequest,
  ownBreakGlass,
  type OwnBreakGlass,
} from '@ankomst/contracts';
import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Audited } from '../../audit/audited.decorator';
import { ZodPipe } from '../../http/zod-body';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { RequirePermission } from '../../access/access.decorator';
import type { AuthenticatedUser } from '../../access/authenticated-request';
import { CurrentActor } from '../../access/current-actor.decorator';
import { BreakGlassService } from './break-glass.service';

@Controller('break-glass')
export class BreakGlassController {
  constructor(private readonly breakGlass: BreakGlassService) {}

  @Post()
  @RequirePermission('breakglass:use')
  @ApiDoc({
    summary: "Emergency, time-limited read access to one person's record; flagged for the privacy officer",
    tag: 'audit',
    body: breakGlassRequest,
    response: breakGlassGrant,
  })
  open(
    @CurrentActor() actor: AuthenticatedUser,
    @Body(new ZodPipe(breakGlassRequest)) body: BreakGlassRequest,
    @Req() request: FastifyRequest,
  ): Promise<BreakGlassGrant> {
    return this.breakGlass.open(actor, body.personId, body.reason, String(request.id));
  }

  // Not audited: the caller's own grants (ids they typed themselves, each already audited as
  // break-glass.open); the portal asks on every page to show the banner while one runs.
  @Get('mine')
  @RequirePermission('breakglass:use')
  @ApiDoc({
    summary: "The caller's own break-glass grants still running, and how many minutes a new one lasts",
    tag: 'audit',
    response: ownBreakGlass,
  })
  async mine(@CurrentActor() actor: AuthenticatedUser): Promise<OwnBreakGlass> {
    return { minutes: this.breakGlass.minutes, grants: await this.breakGlass.activeOf(actor.userId) };
  }

  @Get()
  @RequirePermission('audit:read')
  @Audited({
    action: 'break-glass.list',
    purpose: 'privacy oversight of emergency access',
    persons: (body) => (body as { grants: BreakGlassGrant[] }).grants.map((g) => g.personId),
  })
  @ApiDoc({ summary: 'Break-glass grants of the own municipality, newest first', tag: 'audit', response: breakGlassList })
  async list(@CurrentActor() actor: AuthenticatedUser): Promise<{ grants: BreakGlassGrant[] }> {
    return { grants: await this.breakGlass.list(actor.municipality) };
  }
}
