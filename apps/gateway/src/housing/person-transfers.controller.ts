import {
  declinePersonTransfer,
  housingRpc,
  incomingPersonTransfer,
  incomingPersonTransferList,
  listPersonTransfers,
  type ListPersonTransfers,
  outgoingPersonTransfer,
  outgoingPersonTransferList,
  requestPersonTransfer,
  type RequestPersonTransfer,
} from '@ankomst/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Audited } from '../audit/audited.decorator';
import { RequirePermission } from '../access/access.decorator';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { CurrentActor } from '../access/current-actor.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { auditTransferPersons } from './audit-transfer-persons';
import { HousingClient } from './housing-client';

const purpose = 'transfer of a settlement case between municipalities';
const decline = declinePersonTransfer.omit({ transferId: true });

/**
 * A person moving to another municipality. The receiving municipality requests (by national
 * id, in the body), the holding municipality releases or declines; both are audited, each
 * under the person's id in the auditing municipality. Even the lists need housing:write:
 * transfers are the housing office's case work, not something every housing reader needs.
 */
@Controller('housing/transfers')
export class PersonTransfersController {
  constructor(private readonly housing: HousingClient) {}

  // POST with the number in the body: a national id must not travel in a URL.
  @Post()
  @RequirePermission('housing:write')
  @Audited({ action: 'person-transfer.request', purpose, persons: auditTransferPersons.outgoing })
  @ApiDoc({
    summary: 'Ask for a person whose national id another municipality holds (registration answered national_id_held_elsewhere)',
    tag: 'housing',
    body: requestPersonTransfer,
    response: outgoingPersonTransfer,
    errors: {
      400: 'Invalid input (field and rule named)',
      404: 'No other municipality holds this national id: register the person instead',
      409: 'Already registered in your municipality, or a transfer of this person is already pending',
    },
  })
  request(
    @Body(new ZodPipe(requestPersonTransfer)) body: RequestPersonTransfer,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.housing.send(housingRpc.requestPersonTransfer, body, user, req);
  }

  @Get('incoming')
  @RequirePermission('housing:write')
  @Audited({ action: 'person-transfer.list-incoming', purpose, persons: auditTransferPersons.incomingList })
  @ApiDoc({
    summary: 'Requests from other municipalities for persons of yours, newest first',
    tag: 'housing',
    query: listPersonTransfers,
    response: incomingPersonTransferList,
  })
  incoming(
    @Query(new ZodPipe(listPersonTransfers)) query: ListPersonTransfers,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.housing.send(housingRpc.listIncomingPersonTransfers, query, user, req);
  }

  @Get('outgoing')
  @RequirePermission('housing:write')
  @Audited({ action: 'person-transfer.list-outgoing', purpose, persons: auditTransferPersons.outgoingList })
  @ApiDoc({
    summary: "Your municipality's own transfer requests and their outcome, newest first",
    tag: 'housing',
    query: listPersonTransfers,
    response: outgoingPersonTransferList,
  })
  outgoing(
    @Query(new ZodPipe(listPersonTransfers)) query: ListPersonTransfers,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.housing.send(housingRpc.listOutgoingPersonTransfers, query, user, req);
  }

  @Post(':transferId/release')
  @HttpCode(200)
  @RequirePermission('housing:write')
  @Audited({ action: 'person-transfer.release', purpose, persons: auditTransferPersons.incoming })
  @ApiDoc({
    summary: 'Let the person go: your record is kept (read-only, marked moved out), the requesting municipality gets its own',
    tag: 'housing',
    response: incomingPersonTransfer,
    errors: { 400: 'Not a transfer id', 404: 'No such request for a person of yours', 409: 'Already released or declined' },
  })
  release(@Param('transferId') transferId: string, @CurrentActor() user: AuthenticatedUser, @Req() req: FastifyRequest) {
    return this.housing.send(housingRpc.releasePersonTransfer, { transferId }, user, req);
  }

  @Post(':transferId/decline')
  @HttpCode(200)
  @RequirePermission('housing:write')
  @Audited({ action: 'person-transfer.decline', purpose, persons: auditTransferPersons.incoming })
  @ApiDoc({
    summary: 'Decline a request with a reason the requesting municipality sees',
    tag: 'housing',
    body: decline,
    response: incomingPersonTransfer,
    errors: {
      400: 'Invalid input (field and rule named)',
      404: 'No such request for a person of yours',
      409: 'Already released or declined',
    },
  })
  decline(
    @Param('transferId') transferId: string,
    @Body(new ZodPipe(decline)) body: object,
    @CurrentActor() user: AuthenticatedUser,
    @Req() req: FastifyRequest,
  ) {
    return this.housing.send(housingRpc.declinePersonTransfer, { ...body, transferId }, user, req);
  }
}
