import { auditSummary, auditedFields, changedFields } from './audit-summary';

describe('auditSummary', () => {
  it('strips secrets at any depth and keeps the rest', () => {
    const summary = auditSummary({
      name: 'Anna',
      password: 'plain',
      passwordHash: '$argon2id$...',
      nested: { accessToken: 'eyJ...', clientSecret: 's', kept: 1, list: [{ token: 't', ok: true }] },
      passwordChanged: true,
      when: new Date('2026-01-02T03:04:05Z'),
      skipped: undefined,
    });
    expect(summary).toEqual({
      name: 'Anna',
      nested: { kept: 1, list: [{ ok: true }] },
      passwordChanged: true,
      when: '2026-01-02T03:04:05.000Z',
    });
    expect(auditSummary(null)).toBeNull();
    expect(auditSummary(undefined)).toBeNull();
  });
});

describe('changedFields', () => {
  it('keeps only the fields that differ', () => {
    expect(changedFields({ a: 1, b: [1, 2], c: 'x' }, { a: 1, b: [1, 3], d: true })).toEqual({
      before: { b: [1, 2], c: 'x', d: null },
      after: { b: [1, 3], c: null, d: true },
    });
  });
});

describe('auditedFields', () => {
  it('copies the named fields as they are, and no others', () => {
    const entity = { id: 'x', name: 'Umeå', seats: [1, 2], blank: null, hidden: 'left out' };
    expect(auditedFields(entity, ['id', 'name', 'seats', 'blank'])).toEqual({
      id: 'x',
      name: 'Umeå',
      seats: [1, 2],
      blank: null,
    });
  });
});
