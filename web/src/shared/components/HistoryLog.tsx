import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from './DateTime';

export interface LogEntry {
  id: string;
  kind: string;
  actorName: string | null;
  comment: string | null;
  occurredAt: string;
}

/**
 * A record's history (an action's, a question's), newest first: who and when, what they did
 * (`kind.<kind>` of the namespace `ns`), the changes in words (`changes`) and the comment. The namespace
 * holds `history`, `noHistory`, `kind.*` and `commentLabel`; `unnamed` stands for an actor without a name.
 */
export function HistoryLog<T extends LogEntry>({
  ns,
  entries,
  unnamed,
  changes,
}: {
  ns: string;
  entries: T[];
  unnamed: string;
  /** The entry's changes, each in words (none for a creation or a comment alone). */
  changes: (entry: T) => Array<{ field: string; text: ReactNode }>;
}) {
  const { t } = useTranslation(ns);
  const newestFirst = [...entries].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <section aria-labelledby="history-heading" className="section">
      <Heading level={2} data-size="sm" id="history-heading">
        {t('history')}
      </Heading>
      {newestFirst.length === 0 ? (
        <Paragraph>{t('noHistory')}</Paragraph>
      ) : (
        <ol className="history">
          {newestFirst.map((entry) => (
            <li key={entry.id} className="history__entry">
              <Paragraph data-size="sm">
                <strong>{entry.actorName ?? unnamed}</strong>
                {', '}
                <DateTime value={entry.occurredAt} />
                {': '}
                {t(`kind.${entry.kind}`)}
              </Paragraph>
              {changes(entry).length > 0 && (
                <ul className="cell-list">
                  {changes(entry).map((change) => (
                    <li key={change.field}>{change.text}</li>
                  ))}
                </ul>
              )}
              {entry.comment && (
                <Paragraph data-size="sm">
                  {t('commentLabel')} {entry.comment}
                </Paragraph>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
