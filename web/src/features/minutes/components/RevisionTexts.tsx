import { useTranslation } from 'react-i18next';
import type { MinutesRevision } from '../hooks/useMinutes';
import { wordDiff } from '../text-diff';

/**
 * What an edit wrote and struck in the items' notes and decisions, word by word: struck words crossed out,
 * written ones underlined, each also said in words for screen readers (and in colour).
 */
export function RevisionTexts({ texts }: { texts: MinutesRevision['texts'] }) {
  const { t } = useTranslation('minutes');
  if (texts.length === 0) return null;
  return (
    <details className="revision-texts">
      <summary>{t('diff.show')}</summary>
      <ul className="cell-list">
        {texts.map((text, index) => (
          <li key={index}>
            <strong>{t(`diff.${text.field}`, { item: text.itemTitle })}</strong>
            <p className="text-diff pre-line">
              {wordDiff(text.before, text.after).map((part, partIndex) =>
                part.kind === 'same' ? (
                  <span key={partIndex}>{part.text}</span>
                ) : part.kind === 'added' ? (
                  <ins key={partIndex}>
                    <span className="visually-hidden">[{t('diff.added')}: </span>
                    {part.text}
                    <span className="visually-hidden">]</span>
                  </ins>
                ) : (
                  <del key={partIndex}>
                    <span className="visually-hidden">[{t('diff.removed')}: </span>
                    {part.text}
                    <span className="visually-hidden">]</span>
                  </del>
                ),
              )}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
