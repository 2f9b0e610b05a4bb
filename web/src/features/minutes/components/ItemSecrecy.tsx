import { Alert, Button, Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import { SecrecyGroundSelect } from '../../agenda/components/SecrecyGroundSelect';
import { isSecrecyRefusal } from '../../agenda/item-draft';
import { type Minutes, useMarkMinutesEntry } from '../hooks/useMinutes';
import { type EntrySecrecy, entrySecrecyBody, entrySecrecyOf, sameEntrySecrecy } from '../entry-secrecy';

type MinutesItem = Minutes['items'][number];

/**
 * While the minutes are written: the secretary marks an entry restricted on a ground when the discussion
 * turned confidential (or takes the marking off again). An entry restricted by its agenda item says so; that
 * is changed on the agenda. Saved on its own (a button), not with the notes' autosave.
 */
export function ItemSecrecy({ meetingId, item }: { meetingId: string; item: MinutesItem }) {
  const { t } = useTranslation('minutes');
  const toast = useToast();
  const mark = useMarkMinutesEntry(meetingId);
  const saved = entrySecrecyOf(item);
  const [value, setValue] = useState<EntrySecrecy>(saved);
  const [submitted, setSubmitted] = useState(false);
  const where = t('itemShort', { number: item.number });

  if (item.secrecySource === 'agenda') {
    return <Paragraph data-size="sm">{t('secrecy.fromAgenda')}</Paragraph>;
  }

  const missing = submitted && value.restricted && !value.ground;
  const groundError = missing
    ? t('secrecy.groundMissing')
    : isSecrecyRefusal(mark.error)
      ? errorText(mark.error, t)
      : undefined;
  const otherError = mark.error && !isSecrecyRefusal(mark.error) ? errorText(mark.error, t) : null;

  function update(change: Partial<EntrySecrecy>) {
    if (mark.error) mark.reset();
    setValue((current) => ({ ...current, ...change }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (value.restricted && !value.ground) return;
    mark.mutate(
      { agendaItemId: item.agendaItemId, body: entrySecrecyBody(value) },
      {
        onSuccess: (entry) => {
          setSubmitted(false);
          setValue(entrySecrecyOf(entry));
          toast.show(
            entry.visibility === 'restricted'
              ? t('secrecy.marked', { number: item.number, ground: entry.secrecyGround })
              : t('secrecy.unmarked', { number: item.number }),
          );
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="minutes-secrecy" noValidate>
      <Fieldset>
        <Fieldset.Legend>
          {t('secrecy.legend')}
          <span className="visually-hidden">, {where}</span>
        </Fieldset.Legend>
        <Checkbox
          label={t('secrecy.checkbox')}
          description={t('secrecy.hint')}
          checked={value.restricted}
          onChange={(e) =>
            update(e.target.checked ? { restricted: true } : { restricted: false, ground: '', note: '' })
          }
        />
        {value.restricted && (
          <>
            <SecrecyGroundSelect
              value={value.ground}
              onChange={(ground) => update({ ground })}
              error={groundError}
              hint={t('secrecy.groundHint')}
            />
            <Textfield
              label={t('secrecy.noteLabel')}
              description={t('secrecy.noteHint')}
              multiline
              rows={2}
              maxLength={1000}
              value={value.note}
              onChange={(e) => update({ note: e.target.value })}
            />
          </>
        )}
        {otherError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{otherError}</Paragraph>
          </Alert>
        )}
        {!sameEntrySecrecy(value, saved) && (
          <div>
            <Button type="submit" variant="secondary" data-size="sm" loading={mark.isPending}>
              {t('secrecy.save')}
              <span className="visually-hidden">, {where}</span>
            </Button>
          </div>
        )}
      </Fieldset>
    </form>
  );
}
