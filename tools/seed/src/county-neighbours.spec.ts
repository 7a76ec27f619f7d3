import { countyNeighbourTargets } from './county-neighbours';

describe("demo requests and decisions of the county's other municipalities", () => {
  it('gives the other municipalities of the county, one of them not decided yet', () => {
    const sut = countyNeighbourTargets('1103', 2026);
    expect(sut.map((t) => t.municipality)).toEqual(['1106', '1108', '1119', '1124']);
    expect(sut.find((t) => t.municipality === '1124')?.decision).toBeNull();
    expect(sut.every((t) => t.request.year === 2026 && t.request.receivedOn === '2025-10-01')).toBe(true);
  });

  it('never lists the seeded municipality itself, and nothing for a county without demo neighbours', () => {
    expect(countyNeighbourTargets('3203', 2026).map((t) => t.municipality)).toEqual(['3205']);
    expect(countyNeighbourTargets('4601', 2026)).toEqual([]);
  });
});
