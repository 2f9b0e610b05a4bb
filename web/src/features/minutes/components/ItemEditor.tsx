import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../drafts/draft-store';
import { type ItemValue, itemValue, partKey } from '../drafts/minutes-parts';
import type { Minutes } from '../hooks/useMinutes';
import type { MinutesEditing } from '../hooks/useMinutesSync';
import { ItemConflict } from './ItemConflict';
import { ItemHeading } from './ItemHeading';
import { ItemSecrecy } from './ItemSecrecy';
import { useLocalValue } from './useLocalValue';

type MinutesItem = Minutes['items'][number];

/** One agenda item while the minutes are written: its notes, its decisions, and a conflict to settle. */
export function ItemEditor({
  meetingId,
  item,
  draft,
  editing,
  children,
}: {
  meetingId: string;
  item: MinutesItem;
  draft: Draft | undefined;
  editing: MinutesEditing;
  /** The item's actions (ActionsEditor). */
  children?: React.ReactNode;
}) {
  const { t } = useTranslation('minutes');
  const part = partKey.item(item.agendaItemId);
  const [value, setValue] = useLocalValue<ItemValue>(part, (draft?.value as ItemValue) ?? itemValue(item));
  const [focusDecision, setFocusDecision] = useState<number | null>(null);
  const decisionRefs = useRef<Array<HTMLTextAreaElement | null>>([]);
  const headingId = `item-${item.agendaItemId}`;
  const where = t('itemShort', { number: item.number });

  useEffect(() => {
    if (focusDecision === null) return;
    decisionRefs.current[focusDecision]?.focus();
    setFocusDecision(null);
  }, [focusDecision]);

  function change(next: ItemValue) {
    setValue(next);
    editing.edit(part, next, item.version);
  }
  const setDecision = (index: number, text: string) =>
    change({ ...value, decisions: value.decisions.map((d, i) => (i === index ? text : d)) });
  const removeDecision = (index: number) => {
    change({ ...value, decisions: value.decisions.filter((_, i) => i !== index) });
    setFocusDecision(Math.max(0, Math.min(index, value.decisions.length - 2)));
  };
  const addDecision = () => {
    change({ ...value, decisions: [...value.decisions, ''] });
    setFocusDecision(value.decisions.length);
  };

  return (
    <li className="agenda-item minutes-item">
      <section aria-labelledby={headingId}>
        <ItemHeading item={item} id={headingId} />
        <ItemSecrecy meetingId={meetingId} item={item} />
        {draft?.conflict && (
          <ItemConflict
            item={item}
            mine={value}
            theirs={draft.conflict.value as MinutesItem | null}
            onChoose={(choice) => editing.resolve(part, choice)}
          />
        )}
        <Textfield
          multiline
          rows={6}
          className="minutes-notes"
          label={
            <>
              {t('notes')}
              <span className="visually-hidden">, {where}</span>
            </>
          }
          value={value.notes}
          onChange={(event) => change({ ...value, notes: event.target.value })}
        />
        <Fieldset className="minutes-decisions">
          <Fieldset.Legend>
            {t('decisions')}
            <span className="visually-hidden">, {where}</span>
          </Fieldset.Legend>
          {value.decisions.map((decision, index) => (
            <div className="minutes-row" key={index}>
              <Textfield
                multiline
                rows={2}
                label={
                  <>
                    {t('decisionNumber', { number: index + 1 })}
                    <span className="visually-hidden">, {where}</span>
                  </>
                }
                value={decision}
                ref={(element) => {
                  decisionRefs.current[index] = element as HTMLTextAreaElement | null;
                }}
                onChange={(event) => setDecision(index, event.target.value)}
              />
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => removeDecision(index)}
                aria-label={t('removeDecision', { number: index + 1, where })}
              >
                {t('remove')}
              </Button>
            </div>
          ))}
          <div>
            <Button
              variant="secondary"
              data-size="sm"
              onClick={addDecision}
              aria-label={`${t('addDecision')}, ${where}`}
            >
              {t('addDecision')}
            </Button>
          </div>
        </Fieldset>
        {children}
      </section>
    </li>
  );
}
