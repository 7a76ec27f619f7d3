import { canonicalJson, type ChainedFields, checkChainSegment, entryHash, genesisHash } from './hash-chain';

function chain(length: number): (ChainedFields & { hash: string })[] {
  const entries: (ChainedFields & { hash: string })[] = [];
  let prevHash = genesisHash;
  for (let seq = 1; seq <= length; seq++) {
    const fields: ChainedFields = {
      seq,
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
      userId: 'u1',
      username: 'housing-officer',
      role: 'housing-officer',
      municipality: '1103',
      action: 'household.read',
      purpose: 'case work',
      personIds: [`p${seq}`],
      result: 'success',
      correlationId: `c${seq}`,
      breakGlass: false,
      prevHash,
    };
    const hash = entryHash(fields);
    entries.push({ ...fields, hash });
    prevHash = hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  it('serialises objects with sorted keys at every level', () => {
    const sut = canonicalJson;
    expect(sut({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(sut({ at: new Date('2026-01-01T00:00:00Z') })).toBe('{"at":"2026-01-01T00:00:00.000Z"}');
  });

  it('accepts an intact chain', () => {
    const sut = checkChainSegment(chain(5), { seq: 0, hash: genesisHash });
    expect(sut).toEqual({ last: { seq: 5, hash: chain(5)[4].hash } });
  });

  it('names the first changed entry', () => {
    const entries = chain(5);
    entries[2].purpose = 'curiosity';
    entries[3].purpose = 'curiosity';
    const sut = checkChainSegment(entries, { seq: 0, hash: genesisHash });
    expect(sut).toEqual({ broken: { seq: 3, reason: expect.stringContaining('changed') } });
  });

  it('names an entry rewritten with a recomputed hash by the broken link after it', () => {
    const entries = chain(5);
    entries[1].personIds = ['someone-else'];
    entries[1].hash = entryHash(entries[1]);
    const sut = checkChainSegment(entries, { seq: 0, hash: genesisHash });
    expect(sut).toEqual({ broken: { seq: 3, reason: expect.stringContaining('link broken') } });
  });

  it('names a deleted entry by its position', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    const sut = checkChainSegment(entries, { seq: 0, hash: genesisHash });
    expect(sut).toEqual({ broken: { seq: 2, reason: expect.stringContaining('missing') } });
  });
});
