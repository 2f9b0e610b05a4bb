import type { AgendaItemPaperEntity } from './agenda-item-paper.entity.js';
import type { PaperView } from './paper.dto.js';

/** A paper as the API shows it; `names` holds its uploader's name when the person is still there. Pure. */
export function toPaperView(paper: AgendaItemPaperEntity, names: ReadonlyMap<string, string>): PaperView {
  const uploader = paper.uploadedBy ? names.get(paper.uploadedBy) : undefined;
  return {
    id: paper.id,
    agendaItemId: paper.agendaItemId,
    name: paper.originalName,
    mediaType: paper.mediaType,
    sizeBytes: paper.sizeBytes,
    sha256: paper.sha256,
    uploadedAt: paper.uploadedAt.toISOString(),
    uploadedBy: paper.uploadedBy && uploader !== undefined ? { id: paper.uploadedBy, name: uploader } : null,
    url: `/api/papers/${paper.id}`,
  };
}

/** Papers by item id, each item's oldest first (as the repository reads them). */
export function papersByItem(
  papers: readonly AgendaItemPaperEntity[],
  names: ReadonlyMap<string, string>,
): Map<string, PaperView[]> {
  const byItem = new Map<string, PaperView[]>();
  for (const paper of papers) {
    const list = byItem.get(paper.agendaItemId) ?? [];
    list.push(toPaperView(paper, names));
    byItem.set(paper.agendaItemId, list);
  }
  return byItem;
}
