import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { authKeys } from './authKeys';
import { useSaveLocale } from './useSaveLocale';

const me = { id: 'p1', locale: 'en' };

// The service's answer to PATCH /api/me (jsdom's fetch cannot reach a relative URL).
vi.mock('../../../api/client', () => ({
  api: {
    PATCH: vi.fn(() => Promise.resolve({ data: me, response: new Response(null, { status: 200 }) })),
  },
}));

describe('saving the language', () => {
  it('reads the cached answers again, since the service words its messages and reasons in the saved language', async () => {
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: Infinity } },
    });
    queryClient.setQueryData(authKeys.me, { id: 'p1', locale: 'sv' });
    queryClient.setQueryData(['rounds', 'detail', 'r1'], { reasons: ['På sin del av perioden'] });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useSaveLocale(), { wrapper });

    act(() => result.current.mutate('en'));

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(queryClient.getQueryData(authKeys.me)).toEqual(me);
    expect(queryClient.getQueryState(['rounds', 'detail', 'r1'])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(authKeys.me)?.isInvalidated).toBe(false);
  });
});
