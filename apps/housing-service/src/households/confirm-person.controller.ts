import { type Actor, actorMay } from '@ankomst/contracts';
import { confirmPerson, type ConfirmedPerson, housingRpc } from '@ankomst/contracts/housing';
import { assertOwnMunicipality, Context, parseInput, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import { PersonEntity } from './household.entity';

/**
 * Answers the gateway before it grants break-glass access: is the person on record in the
 * caller's municipality? Only the role that may break the glass asks, and the answer holds
 * no personal data, so a role without housing:read learns nothing beyond existence.
 */
@Controller()
export class ConfirmPersonController {
  constructor(private readonly dataSource: DataSource) {}

  @MessagePattern(housingRpc.confirmPerson)
  async confirm(@Payload() body: unknown, @Context() { actor }: RequestContext): Promise<ConfirmedPerson> {
    mayBreakTheGlass(actor);
    const { personId } = parseInput(confirmPerson, body);
    const person = await this.dataSource
      .getRepository(PersonEntity)
      .findOne({ where: { id: personId }, select: { id: true, municipality: true } });
    assertOwnMunicipality(actor, person, 'person');
    return { personId: person.id, municipality: person.municipality };
  }
}

function mayBreakTheGlass(actor: Actor): void {
  if (!actorMay(actor, 'breakglass:use')) throw new ServiceException('forbidden', `Role ${actor.role} lacks permission breakglass:use`);
}
