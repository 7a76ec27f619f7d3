import { actor } from './actor';

const plain = { userId: 'u-1', role: 'coordination-member', municipality: '1103' };
const breakGlass = {
  grantId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1',
  personId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
  permissions: ['housing:read'],
};

describe('actor schema', () => {
  it('accepts an actor without a break-glass grant, as every ordinary request is', () => {
    expect(actor.safeParse(plain).success).toBe(true);
  });

  it('accepts a break-glass grant over read permissions of one person', () => {
    const sut = actor.safeParse({ ...plain, breakGlass });
    expect(sut.success).toBe(true);
  });

  it.each([
    ['a write permission', { ...breakGlass, permissions: ['housing:write'] }],
    ['no permission at all', { ...breakGlass, permissions: [] }],
    ['a person id that is not a uuid', { ...breakGlass, personId: 'p-1' }],
    ['a missing grant id', { personId: breakGlass.personId, permissions: ['housing:read'] }],
  ])('refuses a grant with %s', (_, grant) => {
    const sut = actor.safeParse({ ...plain, breakGlass: grant });
    expect(sut.success).toBe(false);
  });
});
