import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { type ItemValue, parsePart } from '../drafts/minutes-parts';
import type { Minutes } from '../hooks/useMinutes';
import type { MinutesEditing } from '../hooks/useMinutesSync';

/**
 * Text this person wrote that the server never got before the minutes went to the adjusters or were locked:
 * shown (nothing is thrown away without being seen) so it can be copied into the next version; "try again"
 * sends it once the minutes are returned or reopened.
 */
export function UnsentDrafts({ minutes, editing }: { minutes: Minutes; editing: MinutesEditing }) {
  const { t } = useTranslation('minutes');
  const drafts = [...editing.snapshot.drafts.values()];
  if (drafts.length === 0) return null;
  const titleOf = (agendaItemId: string) => {
    const item = minutes.items.find((candidate) => candidate.agendaItemId === agendaItemId);
    return item ? t('itemHeading', { number: item.number, title: item.title }) : t('unsent.unknownItem');
  };
  return (
    <Alert data-color="warning" className="section">
      <Heading level={2} data-size="xs">
        {t('unsent.heading', { count: drafts.length })}
      </Heading>
      <Paragraph data-size="sm">{t('unsent.text')}</Paragraph>
      <ul className="cell-list">
        {drafts.map((draft) => {
          const ref = parsePart(draft.part);
          if (ref.kind !== 'item') return <li key={draft.part}>{t(`unsent.${ref.kind}`)}</li>;
          const value = draft.value as ItemValue;
          return (
            <li key={draft.part}>
              <strong>{titleOf(ref.id)}</strong>
              <Paragraph data-size="sm" className="pre-line">
                {[value.notes, ...value.decisions].filter((text) => text.trim()).join('\n')}
              </Paragraph>
            </li>
          );
        })}
      </ul>
      <Button variant="secondary" data-size="sm" onClick={editing.retry}>
        {t('save.retry')}
      </Button>
    </Alert>
  );
}
