import {
  allocateDwelling,
  type AllocateDwelling,
  dwellingPage,
  dwellingView,
  endTenancy,
  housingRpc,
  listDwellings,
  type ListDwellings,
  registerDwelling,
  type RegisterDwelling,
  tenancyView,
} from '@ankomst/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RequirePermission } from '../auth/access.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-request';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { HousingClient } from './housing-client';

const ending = endTenancy.omit({ tenancyId: true });

/** Dwellings and tenancies. Thin: validate, pass on as the logged-in user, answer. */
@Controller('housing')
export class DwellingsController {
  constructor(private readonly housing: HousingClient) {}

  @Post('dwellings')
  @RequirePermission('dwellings:write')
  @ApiDoc({ summary: 'Register a municipal or private dwelling', tag: 'housing', body: registerDwelling, response: dwellingView })
  register(@Body(new ZodPipe(registerDwelling)) body: RegisterDwelling, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.registerDwelling, body, user, req);
  }

  @Get('dwellings')
  @RequirePermission('dwellings:read')
  @ApiDoc({ summary: "List the municipality's dwellings (optionally vacant only)", tag: 'housing', query: listDwellings, response: dwellingPage })
  list(@Query(new ZodPipe(listDwellings)) query: ListDwellings, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.listDwellings, query, user, req);
  }

  @Post('tenancies')
  @RequirePermission('dwellings:write')
  @ApiDoc({ summary: 'Allocate a dwelling to a household', tag: 'housing', body: allocateDwelling, response: tenancyView, errors: { 409: 'Dwelling already allocated, or household already housed' } })
  allocate(@Body(new ZodPipe(allocateDwelling)) body: AllocateDwelling, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.allocateDwelling, body, user, req);
  }

  @Post('tenancies/:id/end')
  @HttpCode(200)
  @RequirePermission('dwellings:write')
  @ApiDoc({ summary: 'End a tenancy (moved, bought own home with startlån, …)', tag: 'housing', body: ending, response: tenancyView, errors: { 409: 'Tenancy already ended' } })
  end(@Param('id') tenancyId: string, @Body(new ZodPipe(ending)) body: object, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.endTenancy, { ...body, tenancyId }, user, req);
  }
}
