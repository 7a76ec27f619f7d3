import { accessReportCsv } from './access-report-csv';
import { classifyPersonQuery } from './access-report-query';

describe('classifyPersonQuery', () => {
  it('knows a person id, a national id and a name apart', () => {
    expect(classifyPersonQuery(' 3F1C2B9E-6A4D-4E8F-9B2A-1C0D5E7F8A90 ')).toEqual({
      kind: 'personId',
      personId: '3f1c2b9e-6a4d-4e8f-9b2a-1c0d5e7f8a90',
    });
    expect(classifyPersonQuery('010190 12345')).toEqual({ kind: 'nationalId', nationalId: '01019012345' });
    expect(classifyPersonQuery('Testa Testesen')).toEqual({ kind: 'name' });
    expect(classifyPersonQuery('   ')).toEqual({ kind: 'empty' });
  });
});

describe('accessReportCsv', () => {
  const t = (key: string, options?: Record<string, unknown>) => (options?.defaultValue as string | undefined) ?? key;

  it('writes a header and one row per access, separators and formulas made harmless', () => {
    const sut = accessReportCsv(
      {
        personId: 'p',
        accesses: [
          {
            occurredAt: '2026-03-01T10:00:00.000Z',
            userId: 'u',
            username: 'ola;bolig',
            role: 'housing-officer',
            municipality: '1103',
            action: 'person.read',
            purpose: '=HYPERLINK("x")',
            result: 'success',
            breakGlass: true,
          },
        ],
      },
      { t, action: (a) => `A:${a}`, purpose: (p) => p, when: (iso) => iso.slice(0, 10) },
    );
    const lines = sut.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`2026-03-01;"ola;bolig";housing-officer;A:person.read;"'=HYPERLINK(""x"")";audit.resultKind.success;common.yes`);
  });
});
