import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { type ItemValue, itemValue, mergeDecisions, mergeText } from '../drafts/minutes-parts';
import type { ConflictChoice } from '../drafts/minutes-sync';
import type { Minutes } from '../hooks/useMinutes';
import { PartConflict } from './PartConflict';

type MinutesItem = Minutes['items'][number];

/**
 * A colleague saved the item while this secretary's text was on the way: both versions side by side, to keep
 * mine, take theirs, or write a merged text that starts from both (their paragraphs, then those only mine has).
 */
export function ItemConflict({
  item,
  mine,
  theirs,
  onChoose,
}: {
  item: MinutesItem;
  mine: ItemValue;
  theirs: MinutesItem | null;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const { t, i18n } = useTranslation('minutes');
  const their = theirs ? itemValue(theirs) : { notes: '', decisions: [] };
  const [merged, setMerged] = useState<ItemValue | null>(null);
  const where = t('itemShort', { number: item.number });
  const hidden = <span className="visually-hidden">, {where}</span>;

  return (
    <PartConflict
      who={theirs?.updatedBy?.name ?? t('conflict.someone')}
      when={theirs?.updatedAt ? formatDateTime(theirs.updatedAt, i18n.language) : null}
      mine={<ItemText value={mine} />}
      theirs={<ItemText value={their} />}
      onChoose={onChoose}
      onMerge={() =>
        setMerged({
          notes: mergeText(their.notes, mine.notes),
          decisions: mergeDecisions(their.decisions, mine.decisions),
        })
      }
      merging={
        merged && (
          <form
            className="form minutes-conflict__merge"
            onSubmit={(event) => {
              event.preventDefault();
              onChoose({ kind: 'merged', value: merged });
            }}
          >
            <Textfield
              multiline
              rows={8}
              label={
                <>
                  {t('conflict.mergedNotes')}
                  {hidden}
                </>
              }
              value={merged.notes}
              onChange={(event) => setMerged({ ...merged, notes: event.target.value })}
            />
            <Textfield
              multiline
              rows={4}
              label={
                <>
                  {t('conflict.mergedDecisions')}
                  {hidden}
                </>
              }
              description={t('conflict.mergedDecisionsHint')}
              value={merged.decisions.join('\n')}
              onChange={(event) => setMerged({ ...merged, decisions: event.target.value.split('\n') })}
            />
            <div className="button-row">
              <Button type="submit">{t('conflict.saveMerged')}</Button>
              <Button type="button" variant="secondary" onClick={() => setMerged(null)}>
                {t('conflict.cancelMerge')}
              </Button>
            </div>
          </form>
        )
      }
    />
  );
}

function ItemText({ value }: { value: ItemValue }) {
  const { t } = useTranslation('minutes');
  const decisions = value.decisions.filter((decision) => decision.trim());
  return (
    <>
      <Paragraph data-size="sm" className="pre-line">
        {value.notes.trim() || t('noNotes')}
      </Paragraph>
      {decisions.length > 0 && (
        <>
          <Paragraph data-size="sm">
            <strong>{t('decisions')}</strong>
          </Paragraph>
          <ul className="cell-list">
            {decisions.map((decision, index) => (
              <li key={index}>{decision}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
