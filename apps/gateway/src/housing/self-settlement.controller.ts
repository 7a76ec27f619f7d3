import {
  departmentOf,
  housingRpc,
  openSelfSettlement,
  type OpenSelfSettlement,
  selfSettlementCase,
  selfSettlementDecision,
  updateSelfSettlementChecklist,
} from '@ankomst/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Audited } from '../audit/audited.decorator';
import { purposeOfReader } from '../audit/purpose-of-reader';
import { RequirePermission } from '../access/access.decorator';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { CurrentActor } from '../access/current-actor.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { HousingClient } from './housing-client';

const checklistChange = updateSelfSettlementChecklist.omit({ caseId: true });
const purpose = 'agreed self-settlement case work';
/** Housing reads its own case work; another reader (an intro advisor) is audited with their own unit's purpose. */
const readPurpose = (reader: AuthenticatedUser) => (departmentOf(reader.role) === 'housing' ? purpose : purposeOfReader(reader));
const noPersons = () => [] as string[];

/** Agreed self-settlement (avtalt selvbosetting) cases and their checklist. */
@Controller('housing/self-settlements')
export class SelfSettlementController {
  constructor(private readonly housing: HousingClient) {}

  @Post()
  @RequirePermission('housing:write')
  @Audited({ action: 'self-settlement.open', purpose, persons: noPersons })
  @ApiDoc({
    summary: 'Open an agreed self-settlement case for a household',
    tag: 'housing',
    body: openSelfSettlement,
    response: selfSettlementCase,
    errors: { 409: 'Household already has an open case' },
  })
  open(
    @Body(new ZodPipe(openSelfSettlement)) body: OpenSelfSettlement,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.housing.send(housingRpc.openSelfSettlement, body, user, req);
  }

  @Get(':id')
  @RequirePermission('housing:read')
  @Audited({ action: 'self-settlement.read', purpose: readPurpose, persons: noPersons })
  @ApiDoc({ summary: 'A self-settlement case with its evaluated checklist', tag: 'housing', response: selfSettlementCase })
  get(@Param('id') id: string, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.getSelfSettlement, { id }, user, req);
  }

  @Patch(':id/checklist')
  @RequirePermission('housing:write')
  @Audited({ action: 'self-settlement.checklist', purpose, persons: noPersons })
  @ApiDoc({ summary: 'Confirm (or withdraw) checklist items', tag: 'housing', body: checklistChange, response: selfSettlementCase })
  updateChecklist(
    @Param('id') caseId: string,
    @Body(new ZodPipe(checklistChange)) body: object,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.housing.send(housingRpc.updateSelfSettlementChecklist, { ...body, caseId }, user, req);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @RequirePermission('housing:write')
  @Audited({ action: 'self-settlement.decide', purpose, persons: noPersons })
  @ApiDoc({
    summary: 'Approve (only when every check passes) or reject with a reason',
    tag: 'housing',
    body: selfSettlementDecision,
    response: selfSettlementCase,
    errors: { 409: 'A check has not passed, or the case is already decided' },
  })
  decide(
    @Param('id') caseId: string,
    @Body(new ZodPipe(selfSettlementDecision)) body: object,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.housing.send(housingRpc.decideSelfSettlement, { ...body, caseId }, user, req);
  }
}
