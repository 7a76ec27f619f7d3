import { collectCursorPages, collectPages } from './collect-pages';

describe('collectPages', () => {
  it('reads on from where the last page ended until a short page', async () => {
    const asked: number[] = [];
    const sut = await collectPages(async (offset, limit) => {
      asked.push(offset);
      return Array.from({ length: offset < 4 ? limit : 1 }, (_, i) => offset + i);
    }, 2);
    expect(asked).toEqual([0, 2, 4]);
    expect(sut).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('collectCursorPages', () => {
  it('follows nextCursor until there is none', async () => {
    const pages: Record<string, { items: string[]; nextCursor: string | null }> = {
      start: { items: ['a', 'b'], nextCursor: 'c1' },
      c1: { items: ['c'], nextCursor: null },
    };
    const sut = await collectCursorPages(async (cursor) => pages[cursor ?? 'start']);
    expect(sut).toEqual(['a', 'b', 'c']);
  });
});
