import { useTranslation } from 'react-i18next';
import { HistoryLog } from '../../../shared/components/HistoryLog';
import { type HistoryChange, historyChanges } from '../../actions/action-history';
import type { Question } from '../hooks/useQuestions';
import { QUESTION_STATUSES } from '../question-filters';

const FIELDS = [
  'status',
  'title',
  'description',
  'ownerKind',
  'ownerOrganizationId',
  'ownerExternalName',
  'responsiblePersonId',
  'organizationIds',
  'meetingIds',
  'agendaItemIds',
  'actionIds',
  'strategyAreaIds',
];

/** A question's history, newest first: who, when, what changed (in words, no ids) and the comment. */
export function QuestionHistory({ question }: { question: Question }) {
  const { t } = useTranslation('questions');
  return (
    <HistoryLog
      ns="questions"
      entries={question.history}
      unnamed={t('someone')}
      changes={(entry) =>
        entry.kind === 'updated'
          ? historyChanges(entry).map((change) => ({
              field: change.field,
              text: <ChangeText change={change} />,
            }))
          : []
      }
    />
  );
}

/** One change in words; people, organizations and links are named above, so only that they changed. */
function ChangeText({ change }: { change: HistoryChange }) {
  const { t } = useTranslation('questions');
  const field = FIELDS.includes(change.field) ? t(`field.${change.field}`) : change.field;
  if (/Ids?$/.test(change.field) || change.field === 'ownerKind') return <>{t('changedField', { field })}</>;
  const word = (value: string | null) => {
    if (value === null) return t('none');
    if (change.field === 'status' && (QUESTION_STATUSES as string[]).includes(value))
      return t(`status.${value}`);
    return value;
  };
  return <>{t('changed', { field, from: word(change.from), to: word(change.to) })}</>;
}
