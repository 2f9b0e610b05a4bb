import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { municipalityKeys } from './municipalityKeys';

export type Question = components['schemas']['QuestionResponse'];

/** The open questions raised with a municipality (GET /api/questions?organizationId&status=open,in_progress). */
export function useMunicipalityQuestions(id: string) {
  return useQuery({
    queryKey: municipalityKeys.questions(id),
    queryFn: () =>
      unwrap(
        api.GET('/api/questions', {
          params: { query: { organizationId: id, status: ['open', 'in_progress'], limit: 50, offset: 0 } },
          querySerializer: { array: { style: 'form', explode: false } },
        }),
      ),
  });
}
