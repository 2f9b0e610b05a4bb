import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { partKey } from '../drafts/minutes-parts';
import type { Minutes } from '../hooks/useMinutes';
import type { MinutesEditing } from '../hooks/useMinutesSync';
import { editedActions } from '../minutes-edit';
import type { Meeting } from '../../meetings/hooks/useMeetings';
import { ActionsEditor, type Owners } from './ActionsEditor';
import { AttendanceEditor } from './AttendanceEditor';
import { ItemEditor } from './ItemEditor';
import { MinutesStatusTag } from './MinutesStatusTag';
import { SaveStatus } from './SaveStatus';
import '../minutes.css';

/**
 * The minutes while they are written (draft or returned, for the meeting's keepers): attendance, each
 * item's notes, decisions and actions, saved part by part as the secretary types (useMinutesSync), the
 * save state always in view.
 */
export function MinutesEditor({
  meeting,
  minutes,
  editing,
}: {
  meeting: Meeting;
  minutes: Minutes;
  editing: MinutesEditing;
}) {
  const { t } = useTranslation('minutes');
  const { snapshot } = editing;
  const organizations = [
    { id: meeting.regionId, name: t('region') },
    ...meeting.organizations.map(({ id, name }) => ({ id, name })),
  ];
  const organizationName = (id: string | null) =>
    organizations.find((organization) => organization.id === id)?.name ?? '–';
  const owners: Owners = { organizations, participants: minutes.attendance };
  const actions = editedActions(minutes.actions, snapshot.drafts);
  const shownItems = new Set(minutes.items.map((item) => item.agendaItemId));
  const otherActions = actions.filter(
    (action) => !action.value.agendaItemId || !shownItems.has(action.value.agendaItemId),
  );

  return (
    <div className="minutes-editor">
      <SaveStatus snapshot={snapshot} durable={editing.durable} onRetry={editing.retry} />
      <div className="section">
        <div className="tag-row">
          <MinutesStatusTag status={minutes.status} />
        </div>
        <Paragraph data-size="sm">{t('editHint')}</Paragraph>
      </div>
      <AttendanceEditor
        minutes={minutes}
        draft={snapshot.drafts.get(partKey.attendance)}
        editing={editing}
        organizationName={organizationName}
      />
      <section aria-labelledby="items-heading" className="section">
        <Heading level={2} data-size="sm" id="items-heading">
          {t('items')}
        </Heading>
        {minutes.items.length === 0 ? (
          <Paragraph>{t('noItemsToWrite')}</Paragraph>
        ) : (
          <ol className="agenda-items">
            {minutes.items.map((item) => (
              <ItemEditor
                key={item.agendaItemId}
                meetingId={minutes.meetingId}
                item={item}
                draft={snapshot.drafts.get(partKey.item(item.agendaItemId))}
                editing={editing}
              >
                <ActionsEditor
                  agendaItemId={item.agendaItemId}
                  actions={actions.filter((action) => action.value.agendaItemId === item.agendaItemId)}
                  drafts={snapshot.drafts}
                  editing={editing}
                  owners={owners}
                  headingLevel={4}
                  where={t('itemShort', { number: item.number })}
                />
              </ItemEditor>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="other-actions-heading" className="section">
        <Heading level={2} data-size="sm" id="other-actions-heading">
          {t('otherActions')}
        </Heading>
        <Paragraph data-size="sm">{t('otherActionsHint')}</Paragraph>
        <ActionsEditor
          agendaItemId={null}
          actions={otherActions}
          drafts={snapshot.drafts}
          editing={editing}
          owners={owners}
          headingLevel={3}
          where={t('otherActions')}
        />
      </section>
    </div>
  );
}
