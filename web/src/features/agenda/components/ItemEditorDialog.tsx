import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import { type AgendaItem, useProposeItem, useUpdateItem } from '../hooks/useAgenda';
import {
  type ItemDraft,
  changeBody,
  createBody,
  draftOf,
  draftProblems,
  emptyDraft,
  isSecrecyRefusal,
} from '../item-draft';
import { ItemFields, type PresenterOption } from './ItemFields';

interface Props {
  meetingId: string;
  /** The item to change; null: a new item (before the closing items). Undefined: closed. */
  item: AgendaItem | null | undefined;
  strategyAreas: ReadonlyArray<{ id: string; name: string }>;
  presenters: readonly PresenterOption[];
  onClose: () => void;
}

/** A keeper adds an item to the agenda or changes one (only the fields changed go, with the item's version). */
export function ItemEditorDialog({ meetingId, item, strategyAreas, presenters, onClose }: Props) {
  const { t } = useTranslation('agenda');
  return (
    <Dialog
      open={item !== undefined}
      onClose={onClose}
      closeButton={t('common:close')}
      aria-labelledby="item-editor-title"
    >
      {item !== undefined && (
        <ItemEditorForm
          key={item?.id ?? 'new'}
          meetingId={meetingId}
          item={item}
          strategyAreas={strategyAreas}
          presenters={presenters}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

function ItemEditorForm({
  meetingId,
  item,
  strategyAreas,
  presenters,
  onClose,
}: Props & { item: AgendaItem | null }) {
  const { t } = useTranslation('agenda');
  const toast = useToast();
  const create = useProposeItem(meetingId);
  const update = useUpdateItem(meetingId);
  const [draft, setDraft] = useState<ItemDraft>(() => (item ? draftOf(item) : emptyDraft()));
  const [submitted, setSubmitted] = useState(false);
  const saving = item ? update : create;
  // A presenter no longer among the meeting's people stays choosable as it is.
  const options =
    item?.presenter.personId &&
    !presenters.some((option) => option.value === `person:${item.presenter.personId}`)
      ? [...presenters, { value: `person:${item.presenter.personId}`, label: item.presenter.name ?? '' }]
      : presenters;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(draftProblems(draft)).length > 0) return;
    const done = (saved: { title: string }) => {
      toast.show(t(item ? 'itemSaved' : 'itemAdded', { title: saved.title }));
      onClose();
    };
    if (!item) {
      create.mutate(createBody(draft), { onSuccess: done });
      return;
    }
    const body = changeBody(item, draft);
    if (!body) {
      onClose();
      return;
    }
    update.mutate({ itemId: item.id, body }, { onSuccess: done });
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <Heading level={2} data-size="sm" id="item-editor-title">
        {item ? t('editTitle', { title: item.title }) : t('addTitle')}
      </Heading>
      <ItemFields
        draft={draft}
        onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
        strategyAreas={strategyAreas}
        presenters={options}
        showProblems={submitted}
        refusal={saving.error}
      />
      {saving.isError && !isSecrecyRefusal(saving.error) && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorText(saving.error, t)}</Paragraph>
        </Alert>
      )}
      <div className="button-row">
        <Button type="submit" loading={saving.isPending}>
          {item ? t('saveItem') : t('addItem')}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
