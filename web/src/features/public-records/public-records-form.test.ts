import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { errorField } from './public-records-form';

describe('errorField', () => {
  it('places a domain error at the field its details name', () => {
    const reversed = new ApiError(400, 'PUBLIC_RECORDS_PERIOD_REVERSED', 'Periodens slutdatum …', {
      field: 'to',
    });
    expect(errorField(reversed)).toBe('to');
    const unknown = new ApiError(404, 'PUBLIC_RECORDS_ORGANIZATION_NOT_FOUND', 'Kommunen …', {
      field: 'organizationIds',
      organizationId: 'x',
    });
    expect(errorField(unknown)).toBe('organizationIds');
  });

  it('places a validation error at the first of its fields the form has', () => {
    const invalid = new ApiError(400, 'VALIDATION_FAILED', 'Förfrågan är inte giltig', [
      { field: 'limit', message: 'för stort' },
      { field: 'organizationIds.0', message: 'ogiltigt uuid' },
    ]);
    expect(errorField(invalid)).toBe('organizationIds');
  });

  it('names no field for other failures', () => {
    expect(errorField(new ApiError(403, 'FORBIDDEN', 'Nej'))).toBeNull();
    expect(errorField(new ApiError(400, 'VALIDATION_FAILED', 'x', [{ field: 'regionId' }]))).toBeNull();
    expect(errorField(new Error('boom'))).toBeNull();
  });
});
