import { Button } from '@digdir/designsystemet-react';
import { type DragEvent, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import { canMoveTo, timetable } from '../agenda-view';
import { type Agenda, type AgendaItem, useDeleteItem, useMoveItem } from '../hooks/useAgenda';
import { AgendaItemDetails } from './AgendaItems';
import { MoveToNextMeetingDialog } from './MoveToNextMeetingDialog';

/**
 * The agenda's items for its keepers: each with "move up" / "move down" (the keyboard way), a drag handle
 * (drop on another item to take its place), "change", "move to the next meeting" and "remove". Every move is
 * one request on the agenda's version; the new place is announced to screen readers and focus stays on the
 * moved item (after a move to the next meeting, on its link there).
 */
export function KeeperAgendaItems({
  agenda,
  meetingStartAt,
  areaNames,
  onEdit,
}: {
  agenda: Agenda;
  meetingStartAt: string;
  areaNames: ReadonlyMap<string, string>;
  onEdit: (item: AgendaItem) => void;
}) {
  const { t } = useTranslation('agenda');
  const toast = useToast();
  const move = useMoveItem(agenda.meetingId);
  const remove = useDeleteItem(agenda.meetingId);
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  // The same, for the drag events that come before React has rendered the state.
  const draggedId = useRef<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const items = agenda.items;
  const [movingOn, setMovingOn] = useState<AgendaItem | null>(null);
  // The item moved to the next meeting: its "moved" link takes the focus its button had.
  const movedOn = useRef<string | null>(null);

  // The moved item's button to focus once the list shows the move (React moves its element, which blurs it).
  const focusRequest = useRef<{ itemId: string; direction: 'up' | 'down' } | null>(null);
  useLayoutEffect(() => {
    if (movedOn.current) {
      list.current?.querySelector<HTMLElement>(`[data-item="${movedOn.current}"] [data-moved-to]`)?.focus();
      movedOn.current = null;
    }
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    const button = (direction: string) =>
      list.current?.querySelector<HTMLButtonElement>(
        `[data-item="${request.itemId}"] [data-move="${direction}"]:not([aria-disabled="true"])`,
      );
    // The same button, or the other one at either end of the list.
    (button(request.direction) ?? button(request.direction === 'up' ? 'down' : 'up'))?.focus();
  }, [items]);

  function moveItem(item: AgendaItem, number: number, direction?: 'up' | 'down') {
    if (!canMoveTo(items, item.id, number)) return;
    if (direction) focusRequest.current = { itemId: item.id, direction };
    move.mutateAsync({ itemId: item.id, number }).then(
      (saved) =>
        setAnnouncement(t('movedAnnouncement', { title: item.title, number, count: saved.items.length })),
      (error: unknown) => toast.show(errorText(error, t), 'danger'),
    );
  }

  function drop(event: DragEvent, target: AgendaItem) {
    event.preventDefault();
    setDropTarget(null);
    const moving = items.find((item) => item.id === draggedId.current);
    draggedId.current = null;
    setDragged(null);
    if (moving && target.number) moveItem(moving, target.number);
  }

  return (
    <>
      <p className="visually-hidden" aria-live="polite" data-testid="move-announcement">
        {announcement}
      </p>
      <p className="visually-hidden" id="drag-hint">
        {t('dragHint')}
      </p>
      <ol className="agenda-items" ref={list}>
        {timetable(items, meetingStartAt).map((timed, index) => {
          const { item } = timed;
          const up = canMoveTo(items, item.id, index);
          const down = canMoveTo(items, item.id, index + 2);
          const droppable = () =>
            draggedId.current !== null && !!item.number && canMoveTo(items, draggedId.current, item.number);
          return (
            <li
              key={item.id}
              data-item={item.id}
              className={`agenda-item keeper-item${dropTarget === item.id ? ' drop-target' : ''}${dragged === item.id ? ' dragging' : ''}`}
              onDragOver={(event) => {
                if (!droppable()) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setDropTarget(item.id);
              }}
              onDragLeave={() => setDropTarget((current) => (current === item.id ? null : current))}
              onDrop={(event) => drop(event, item)}
            >
              <div className="keeper-item-row">
                <span
                  className="drag-handle"
                  draggable
                  title={t('dragHandle', { title: item.title })}
                  aria-hidden="true"
                  data-testid={`drag-${item.id}`}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', item.id);
                    draggedId.current = item.id;
                    setDragged(item.id);
                  }}
                  onDragEnd={() => {
                    draggedId.current = null;
                    setDragged(null);
                    setDropTarget(null);
                  }}
                >
                  ⠿
                </span>
                <div className="keeper-item-body">
                  <AgendaItemDetails timed={timed} areaNames={areaNames}>
                    <div className="button-row item-tools">
                      <Button
                        variant="secondary"
                        data-move="up"
                        aria-disabled={!up}
                        aria-describedby="drag-hint"
                        aria-label={t('moveUpLabel', { title: item.title })}
                        onClick={() => up && moveItem(item, index, 'up')}
                      >
                        {t('moveUp')}
                      </Button>
                      <Button
                        variant="secondary"
                        data-move="down"
                        aria-disabled={!down}
                        aria-label={t('moveDownLabel', { title: item.title })}
                        onClick={() => down && moveItem(item, index + 2, 'down')}
                      >
                        {t('moveDown')}
                      </Button>
                      <Button
                        variant="secondary"
                        aria-label={t('editLabel', { title: item.title })}
                        onClick={() => onEdit(item)}
                      >
                        {t('edit')}
                      </Button>
                      {!item.movedToMeetingId && !item.closing && (
                        <Button
                          variant="secondary"
                          aria-label={t('moveNextLabel', { title: item.title })}
                          aria-haspopup="dialog"
                          onClick={() => setMovingOn(item)}
                        >
                          {t('moveNext')}
                        </Button>
                      )}
                      <ConfirmDialog
                        trigger={t('remove')}
                        triggerLabel={t('removeLabel', { title: item.title })}
                        title={t('removeTitle', { title: item.title })}
                        confirm={t('removeConfirm')}
                        pending={remove.isPending}
                        error={remove.error}
                        onConfirm={() =>
                          remove
                            .mutateAsync(item.id)
                            .then(() => toast.show(t('removedToast', { title: item.title })))
                        }
                      >
                        {t(agenda.publishedAt ? 'removeTextPublished' : 'removeText')}
                      </ConfirmDialog>
                    </div>
                  </AgendaItemDetails>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <MoveToNextMeetingDialog
        key={movingOn?.id ?? 'none'}
        agenda={agenda}
        item={movingOn}
        onMoved={(item) => {
          movedOn.current = item.id;
        }}
        onClose={() => setMovingOn(null)}
      />
    </>
  );
}
