import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { formatDate } from '../../../shared/format';
import type { AgendaItem } from '../hooks/useAgenda';

/** The open actions and questions a follow-up item carries from earlier meetings. */
export function CarriedOver({ carried }: { carried: NonNullable<AgendaItem['carriedOver']> }) {
  const { t, i18n } = useTranslation('agenda');
  return (
    <>
      {carried.actions.length > 0 && (
        <>
          <Heading level={4} data-size="2xs">
            {t('carriedActions')}
          </Heading>
          <ul className="cell-list">
            {carried.actions.map((action) => (
              <li key={action.id}>
                <RouterLink to={links.action(action.id)}>{action.title}</RouterLink>
                {' – '}
                {action.ownerName}
                {action.dueDate && `, ${t('dueBy', { date: formatDate(action.dueDate, i18n.language) })}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {carried.questions.length > 0 && (
        <>
          <Heading level={4} data-size="2xs">
            {t('carriedQuestions')}
          </Heading>
          <ul className="cell-list">
            {carried.questions.map((question) => (
              <li key={question.id}>
                <RouterLink to={links.question(question.id)}>{question.title}</RouterLink>
                {' – '}
                {t('owningParty', { party: question.owningParty })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
