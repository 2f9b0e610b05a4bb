import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CSRF_HEADER, api } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { agendaKeys } from './agendaKeys';

export type Paper = components['schemas']['PaperResponse'];

export interface PaperUpload {
  itemId: string;
  file: File;
  /** Called with 0–100 as the bytes go out. */
  onProgress: (percent: number) => void;
}

/**
 * POST /api/agenda-items/:id/papers as multipart/form-data. Through XMLHttpRequest, not the generated
 * client: fetch reports no upload progress, and a large file should say how far it has come. The API's
 * `{ code, message }` becomes an ApiError as with every other call (413 PAPER_TOO_LARGE, 415, 422).
 */
function sendPaper({ itemId, file, onProgress }: PaperUpload): Promise<Paper> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/agenda-items/${encodeURIComponent(itemId)}/papers`);
    request.withCredentials = true;
    request.setRequestHeader(CSRF_HEADER, '1');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const body = request.response as (Paper & { code?: unknown; message?: unknown }) | null;
      if (request.status >= 200 && request.status < 300 && body) return resolve(body);
      const code = typeof body?.code === 'string' ? body.code : `HTTP_${request.status}`;
      const message = typeof body?.message === 'string' ? body.message : undefined;
      reject(new ApiError(request.status, code, message, (body as { details?: unknown } | null)?.details));
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK', undefined));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

/** Uploads a paper to an item; the agenda is read again so the list shows it. */
export function useUploadPaper(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendPaper,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agendaKeys.detail(meetingId) }),
  });
}

/** DELETE /api/papers/:id. */
export function useDeletePaper(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (paperId: string) =>
      unwrap(api.DELETE('/api/papers/{id}', { params: { path: { id: paperId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agendaKeys.detail(meetingId) }),
  });
}
