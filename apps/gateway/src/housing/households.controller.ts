import {
  findPersonByNationalId,
  householdPage,
  householdView,
  housingRpc,
  listHouseholds,
  type ListHouseholds,
  personView,
  registerHousehold,
  type RegisterHousehold,
  settlePerson,
  updatePerson,
} from '@ankomst/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Audited } from '../audit/audited.decorator';
import { purposeOfReader } from '../audit/purpose-of-reader';
import { RequirePermission } from '../access/access.decorator';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { CurrentActor } from '../access/current-actor.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { auditPersons } from './audit-persons';
import { HousingClient } from './housing-client';

/** The reader's own unit's work: settlement case work for housing, introduction work for an intro advisor. */
const purpose = purposeOfReader;
const personChange = updatePerson.omit({ personId: true });
const settlement = settlePerson.omit({ personId: true });

/** Households and persons. Thin: validate, pass on as the logged-in user, answer. */
@Controller('housing')
export class HouseholdsController {
  constructor(private readonly housing: HousingClient) {}

  @Post('households')
  @RequirePermission('housing:write')
  @Audited({ action: 'household.register', purpose, persons: auditPersons.household })
  @ApiDoc({
    summary: 'Register a household and its members',
    tag: 'housing',
    body: registerHousehold,
    response: householdView,
    errors: {
      400: 'Invalid input (field and rule named)',
      409: 'National id already registered here; code national_id_held_elsewhere: another municipality holds it (not said which), request a transfer',
    },
  })
  register(
    @Body(new ZodPipe(registerHousehold)) body: RegisterHousehold,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.housing.send(housingRpc.registerHousehold, body, user, req);
  }

  @Get('households')
  @RequirePermission('housing:read')
  @Audited({ action: 'household.list', purpose, persons: auditPersons.householdPage })
  @ApiDoc({
    summary:
      "List the municipality's households, newest first; search by name fragment and filter by origin, status or unaccompanied minors (total counts the matches)",
    tag: 'housing',
    query: listHouseholds,
    response: householdPage,
    errors: { 400: 'Invalid query (field and rule named), e.g. a one-letter search or a national id as search' },
  })
  list(@Query(new ZodPipe(listHouseholds)) query: ListHouseholds, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.listHouseholds, query, user, req);
  }

  @Get('households/:id')
  @RequirePermission('housing:read')
  @Audited({ action: 'household.read', purpose, persons: auditPersons.household })
  @ApiDoc({
    summary: 'One household with its members',
    tag: 'housing',
    response: householdView,
    errors: { 404: 'No such household in your municipality' },
  })
  get(@Param('id') id: string, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.getHousehold, { id }, user, req);
  }

  @Get('persons/:personId')
  @RequirePermission('housing:read')
  @Audited({ action: 'person.read', purpose, persons: auditPersons.person })
  @ApiDoc({
    summary: 'One person; break-glass can lift housing:read here for the person of an active grant',
    tag: 'housing',
    response: personView,
    errors: { 400: 'Not a person id', 404: 'No such person in your municipality' },
  })
  getPerson(@Param('personId') personId: string, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.getPerson, { personId }, user, req);
  }

  @Patch('persons/:personId')
  @RequirePermission('housing:write')
  @Audited({ action: 'person.update', purpose, persons: auditPersons.person })
  @ApiDoc({
    summary: 'Change names, languages, residence permit date or add a national id',
    tag: 'housing',
    body: personChange,
    response: personView,
  })
  update(
    @Param('personId') personId: string,
    @Body(new ZodPipe(personChange)) body: object,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.housing.send(housingRpc.updatePerson, { ...body, personId }, user, req);
  }

  @Post('persons/:personId/settle')
  @HttpCode(200)
  @RequirePermission('housing:write')
  @Audited({ action: 'person.settle', purpose, persons: auditPersons.person })
  @ApiDoc({
    summary: 'Record the day a person was settled in the municipality',
    tag: 'housing',
    body: settlement,
    response: personView,
    errors: { 409: 'Already settled' },
  })
  settle(
    @Param('personId') personId: string,
    @Body(new ZodPipe(settlement)) body: object,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.housing.send(housingRpc.settlePerson, { ...body, personId }, user, req);
  }

  // POST, not GET: a national id must not travel in a URL (logs, history, proxies).
  @Post('persons/lookup')
  @HttpCode(200)
  @RequirePermission('housing:read')
  @Audited({ action: 'person.lookup', purpose, persons: auditPersons.person })
  @ApiDoc({
    summary: 'Find a person by fødselsnummer or D-nummer',
    tag: 'housing',
    body: findPersonByNationalId,
    response: personView,
    errors: { 404: 'Nobody with this number in your municipality' },
  })
  lookup(@Body(new ZodPipe(findPersonByNationalId)) body: object, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.findPersonByNationalId, body, user, req);
  }
}
