import type { PublicRecordsQuery } from './usePublicRecords';

export const publicRecordKeys = {
  all: ['public-records'] as const,
  municipalities: ['public-records', 'municipalities'] as const,
  preview: (query: PublicRecordsQuery) => ['public-records', 'preview', query] as const,
};
