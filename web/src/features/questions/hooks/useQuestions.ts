import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components, operations } from '../../../api/schema';
import { overviewKeys } from '../../overview/hooks/overviewKeys';
import { strategyAreaKeys } from '../../strategy-areas/hooks/strategyAreaKeys';
import { questionKeys } from './questionKeys';

/** One question with its history (GET /api/questions/:id). */
export type Question = components['schemas']['QuestionResponse'];
/** A question in the register's list (no history). */
export type QuestionSummary = components['schemas']['QuestionPageResponse']['items'][number];
export type QuestionStatus = Question['status'];
export type QuestionQuery = NonNullable<operations['QuestionController_list']['parameters']['query']>;
export type CreateQuestion = components['schemas']['CreateQuestionBody'];
export type UpdateQuestion = components['schemas']['UpdateQuestionBody'];

/** GET /api/questions with the page's filters (the API's own query names; several statuses comma-separated). */
export function useQuestions(query: QuestionQuery) {
  return useQuery({
    queryKey: questionKeys.list(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/questions', {
          params: { query },
          querySerializer: { array: { style: 'form', explode: false } },
        }),
      ),
  });
}

/** GET /api/questions/:id; a question not raised with the caller's municipality answers 404 ("not found"). */
export function useQuestion(id: string) {
  return useQuery({
    queryKey: questionKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/questions/{id}', { params: { path: { id } } })),
  });
}

/**
 * A question counts elsewhere too: the county overview, a municipality's page (its open questions) and
 * the strategy areas' open counts read again after a change.
 */
function invalidateAfterChange(queryClient: QueryClient) {
  return Promise.all(
    [questionKeys.all, overviewKeys.all, ['municipality'], strategyAreaKeys.all].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}

/** POST /api/questions (coordinators, secretaries and admins). */
export function useCreateQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateQuestion) => unwrap(api.POST('/api/questions', { body })),
    onSuccess: () => invalidateAfterChange(queryClient),
  });
}

/** PATCH /api/questions/:id with the version read, so a stale page gets a 409. */
export function useUpdateQuestion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateQuestion) =>
      unwrap(api.PATCH('/api/questions/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidateAfterChange(queryClient),
  });
}

/**
 * The people of one organization the caller sees (GET /api/people), to choose a responsible person from.
 * The API names only people the caller may reference; outside the caller's reach the list is empty.
 */
export function useOrganizationPeople(organizationId: string | null) {
  return useQuery({
    queryKey: questionKeys.people(organizationId ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/people', { params: { query: { organizationId: organizationId!, limit: 200 } } })),
    enabled: !!organizationId,
    staleTime: 60_000,
  });
}
