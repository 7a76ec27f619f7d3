import { type Actor } from '@ankomst/contracts';
import { guideRequestRegistered } from '@ankomst/contracts/volunteering';
import type { EventRecorder, RequestContext } from '@ankomst/platform-messaging';
import type { DataSource } from 'typeorm';
import { GuideRequestEntity } from './guide-request.entity';
import { GuideRequestsService } from './guide-requests.service';

const as = (role: Actor['role'], municipality = '1103'): RequestContext => ({
  actor: { userId: 'user-1', role, municipality },
  correlationId: 'corr-1',
});

const input = {
  personId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
  householdId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1',
  registeredOn: '2026-11-02',
  name: 'Test Person',
  consentConfirmed: true,
  languages: ['arabisk'],
  area: 'Sentrum',
  availability: ['weekend' as const],
  involvesMinors: false,
  interests: [],
};

describe('GuideRequestsService', () => {
  const manager = { insert: jest.fn() };
  const repository = { findAndCount: jest.fn() };
  const dataSource = {
    transaction: jest.fn((work: (m: typeof manager) => Promise<unknown>) => work(manager)),
    getRepository: jest.fn(() => repository),
  };
  const events = { record: jest.fn() };
  let sut: GuideRequestsService;

  beforeEach(() => {
    jest.clearAllMocks();
    sut = new GuideRequestsService(
      dataSource as unknown as DataSource,
      events as unknown as EventRecorder,
      { minFillSeconds: 4 },
      { waitAttentionWeeks: 12 },
    );
  });

  it('registers in the actor’s municipality and records the event with the same transaction', async () => {
    const view = await sut.register(as('volunteer-coordinator', '3201'), input);

    expect(view).toMatchObject({ personId: input.personId, registeredOn: input.registeredOn, municipality: '3201', status: 'waiting' });
    expect(view).not.toHaveProperty('consentConfirmed');
    expect(manager.insert).toHaveBeenCalledWith(
      GuideRequestEntity,
      expect.objectContaining({ municipality: '3201', personId: input.personId }),
    );
    expect(events.record).toHaveBeenCalledWith(
      manager,
      expect.objectContaining({ contract: guideRequestRegistered, aggregateId: view.id, municipality: '3201', correlationId: 'corr-1' }),
    );
  });

  it('refuses a role without the write permission before touching the database', async () => {
    await expect(sut.register(as('county-analyst'), input)).rejects.toMatchObject({ code: 'forbidden', status: 403 });
    expect(dataSource.transaction).not.toHaveBeenCalled();
    expect(events.record).not.toHaveBeenCalled();
  });

  it('answers a second registration of the person with 409', async () => {
    manager.insert.mockRejectedValueOnce(Object.assign(new Error('duplicate key'), { driverError: { code: '23505' } }));
    await expect(sut.register(as('volunteer-coordinator'), input)).rejects.toMatchObject({ code: 'conflict', status: 409 });
  });

  it('lists only the actor’s municipality and refuses a role without the read permission', async () => {
    repository.findAndCount.mockResolvedValueOnce([[], 0]);
    await expect(sut.list(as('volunteer-coordinator', '3201'), { limit: 10, offset: 0 })).resolves.toEqual({ total: 0, items: [] });
    expect(repository.findAndCount).toHaveBeenCalledWith(
      expect.objectContaining({ where: expect.objectContaining({ municipality: '3201' }), take: 10, skip: 0 }),
    );

    await expect(sut.list(as('county-analyst'), { limit: 10, offset: 0 })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
