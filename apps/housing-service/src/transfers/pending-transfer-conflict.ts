import { ServiceException } from '@ankomst/platform-messaging';
import type { EntityManager } from 'typeorm';
import { PersonTransferEntity } from './person-transfer.entity';

const UNIQUE_VIOLATION = '23505';

const pendingAlready = () => new ServiceException('conflict', 'A transfer of this person is already pending');

/** Looks first so the usual double request is refused without a failed statement; the index decides races. */
export async function assertNoPendingTransfer(manager: EntityManager, personId: string): Promise<void> {
  if (await manager.getRepository(PersonTransferEntity).existsBy({ personId, status: 'pending' })) throw pendingAlready();
}

/** The loser of two simultaneous requests for one person gets the same 409 as a later one. */
export async function refusePendingTwice<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
    if (driver?.code === UNIQUE_VIOLATION && driver.constraint === 'person_transfer_pending_uq') throw pendingAlready();
    throw error;
  }
}
