import type { QuestionQuery } from './useQuestions';

/** TanStack Query keys of the questions feature. */
export const questionKeys = {
  all: ['questions'] as const,
  list: (query: QuestionQuery) => ['questions', 'list', query] as const,
  detail: (id: string) => ['questions', 'detail', id] as const,
  people: (organizationId: string) => ['questions', 'people', organizationId] as const,
};
