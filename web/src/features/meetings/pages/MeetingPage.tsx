import { Alert, Button, Heading, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, Suspense, lazy, useDeferredValue, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { links } from '../../../app/links';
import { hasRole, isRegionStaff, mayCreateActions } from '../../../app/roles';
import { errorText } from '../../../shared/errors';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { DetailTitle, Fact } from '../../../shared/components/Facts';
import { NotFound } from '../../../shared/components/NotFound';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { ReasonDialog } from '../../../shared/components/ReasonDialog';
import { formatDate, formatDateTime, formatTimeRange } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { type Me, useMe } from '../../auth/hooks/useMe';
import { AddParticipants } from '../components/AddParticipants';
import { CaseNumberForm } from '../../../shared/components/CaseNumberForm';
import { MeetingStatusTag } from '../components/MeetingStatusTag';
import { PartstatTag } from '../components/PartstatTag';
import { SubstituteDialog } from '../components/SubstituteDialog';
import {
  type MeetingInvitations,
  type RsvpAnswer,
  useAnswerInvitation,
  useCancelMeeting,
  useMeeting,
  useMeetingInvitations,
  useMoveMeeting,
  useSetCaseNumber,
} from '../hooks/useMeeting';
import type { Meeting } from '../hooks/useMeetings';
import { stockholmDate, stockholmInstant, stockholmTime } from '../meeting-time';

const ANSWERS: RsvpAnswer[] = ['ACCEPTED', 'TENTATIVE', 'DECLINED'];
const DELIVERY_COLORS: Record<string, string> = {
  pending: 'neutral',
  queued: 'info',
  sent: 'success',
  failed: 'danger',
};

/** /meetings/:id: time and place, participants with their answers and invitations, the calendar file, and changes. */
export function MeetingPage() {
  const { t, i18n } = useTranslation('meetings');
  const { id = '' } = useParams();
  const me = useMe().data;
  const meeting = useMeeting(id);
  // The page renders from a deferred copy of the meeting: React renders it in the background in slices that
  // leave the main thread free, not in one long task when the meeting arrives (the skeleton stays until then).
  const data = useDeferredValue(meeting.data);
  usePageTitle(meeting.data?.title);

  if (isApiError(meeting.error, 404) || isApiError(meeting.error, 400)) return <NotFound />;
  if (meeting.isPending) return <PageSkeleton rows={8} />;
  if (meeting.isError) return <ErrorMessage error={meeting.error} onRetry={() => void meeting.refetch()} />;
  // Not yet rendered in the background, or still the meeting shown before this one (another id).
  if (!data || data.id !== id) return <PageSkeleton rows={8} />;
  const mayManage =
    !!me && (hasRole(me, 'admin') || (isRegionStaff(me) && hasRole(me, 'coordinator', 'secretary')));
  const editable = data.status === 'planned' || data.status === 'confirmed';
  const myself = me ? data.participants.find((p) => p.personId === me.id) : undefined;
  const lang = i18n.language;

  return (
    <>
      <DetailTitle title={data.title} status={<MeetingStatusTag status={data.status} />} />
      {data.status === 'cancelled' && data.cancelReason && (
        <Alert data-color="warning">
          <Paragraph>{t('cancelledBecause', { reason: data.cancelReason })}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="when-heading" className="section">
        <Heading level={2} data-size="sm" id="when-heading">
          {t('timeAndPlace')}
        </Heading>
        <dl className="facts">
          <dt>{t('when')}</dt>
          <dd data-testid="meeting-time">
            <time dateTime={data.startAt}>{formatDate(data.startAt, lang)}</time>{' '}
            {formatTimeRange(data.startAt, data.endAt, lang)}
          </dd>
          <Fact label={t('caseNumber')}>{data.caseNumber}</Fact>
          <dt>{t('mode')}</dt>
          <dd>{t(`modes.${data.mode}`)}</dd>
          <Fact label={t('place')}>{data.locationAddress}</Fact>
          <Fact label={t('video')}>{data.videoUrl && <Link href={data.videoUrl}>{data.videoUrl}</Link>}</Fact>
          <dt>{t('municipality')}</dt>
          <dd>
            {data.organizations.map((org, index) => (
              <span key={org.id}>
                {index > 0 && ', '}
                <RouterLink to={links.municipality(org.id)}>{org.name}</RouterLink>
              </span>
            ))}
          </dd>
        </dl>
        <ul className="link-list">
          <li>
            <Link
              href={`/api/meetings/${data.id}/calendar.ics`}
              download={`samverkan-${stockholmDate(data.startAt)}.ics`}
            >
              {t('downloadCalendar')}
            </Link>
          </li>
          <li>
            <Link asChild>
              <RouterLink to={links.agenda(data.id)}>{t('agenda')}</RouterLink>
            </Link>
          </li>
          <li>
            <Link asChild>
              <RouterLink to={links.minutes(data.id)}>{t('minutes')}</RouterLink>
            </Link>
          </li>
        </ul>
      </section>
      {me && mayCreateActions(me) && <NewMeetingAction meeting={data} me={me} />}
      {myself && <MyAnswer meeting={data} myself={myself} />}
      <Participants meeting={data} />
      {mayManage && data.status !== 'cancelled' && <MeetingCaseNumber meeting={data} />}
      {mayManage && editable && <ManageMeeting meeting={data} />}
      <Paragraph data-size="sm">{t('updatedAt', { time: formatDateTime(data.updatedAt, lang) })}</Paragraph>
    </>
  );
}

// The actions feature's dialog (and its texts) load when the button is pressed, not with the meeting page.
const CreateActionDialog = lazy(async () => ({
  default: (await import('../../actions/components/CreateActionDialog')).CreateActionDialog,
}));

/** "Ny åtgärd" from the meeting: the dialog starts linked to it and owned by its municipality. */
function NewMeetingAction({ meeting, me }: { meeting: Meeting; me: Me }) {
  const { t } = useTranslation('meetings');
  const [open, setOpen] = useState(false);
  // A municipality's secretary owns actions of their own municipality; the region picks the meeting's first.
  const organizationId = isRegionStaff(me) ? meeting.organizations[0]?.id : me.organizationId;
  return (
    <div className="button-row">
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('newAction')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <CreateActionDialog
            open
            me={me}
            onClose={() => setOpen(false)}
            meeting={{ id: meeting.id, title: meeting.title, startAt: meeting.startAt, organizationId }}
          />
        </Suspense>
      )}
    </div>
  );
}

function MyAnswer({ meeting, myself }: { meeting: Meeting; myself: Meeting['participants'][number] }) {
  const { t } = useTranslation('meetings');
  const toast = useToast();
  const answer = useAnswerInvitation(meeting.id);
  const substituteDialog = useRef<HTMLDialogElement>(null);
  const [substituteOpen, setSubstituteOpen] = useState(false);
  const open = meeting.status === 'planned' || meeting.status === 'confirmed';
  const partstat = myself.partstat;
  const substitute = meeting.participants.find((p) => p.personId === myself.delegatedToPersonId);
  const standsInFor = meeting.participants.find((p) => p.personId === myself.delegatedFromPersonId);
  return (
    <section aria-labelledby="answer-heading" className="section">
      <Heading level={2} data-size="sm" id="answer-heading">
        {t('yourAnswer')}
      </Heading>
      <Paragraph>
        {t('yourAnswerNow')} <PartstatTag partstat={partstat} />
      </Paragraph>
      {substitute?.name && <Paragraph>{t('substitute.youSent', { name: substitute.name })}</Paragraph>}
      {standsInFor?.name && <Paragraph>{t('substitute.youStandIn', { name: standsInFor.name })}</Paragraph>}
      {open && (
        <div className="button-row" role="group" aria-labelledby="answer-heading">
          {ANSWERS.map((value) => (
            <Button
              key={value}
              variant={partstat === value ? 'primary' : 'secondary'}
              aria-pressed={partstat === value}
              data-size="sm"
              disabled={answer.isPending}
              onClick={() =>
                answer.mutate(
                  { partstat: value },
                  {
                    onSuccess: () => toast.show(t('answerSaved', { answer: t(`partstat.${value}`) })),
                    onError: (error) => toast.show(errorText(error, t), 'danger'),
                  },
                )
              }
            >
              {t(`answer.${value}`)}
            </Button>
          ))}
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setSubstituteOpen(true);
              substituteDialog.current?.showModal();
            }}
          >
            {t('substitute.open')}
          </Button>
        </div>
      )}
      {open && (
        <SubstituteDialog
          meetingId={meeting.id}
          dialogRef={substituteDialog}
          open={substituteOpen}
          onClose={() => setSubstituteOpen(false)}
        />
      )}
    </section>
  );
}

function Participants({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('meetings');
  const invitations = useMeetingInvitations(meeting.id);
  const guests = new Set(meeting.participants.filter((p) => p.guest).map((p) => p.personId));
  return (
    <section aria-labelledby="participants-heading" className="section">
      <Heading level={2} data-size="sm" id="participants-heading">
        {t('participants')}
      </Heading>
      {invitations.isPending ? (
        <PageSkeleton rows={3} />
      ) : invitations.isError ? (
        <ErrorMessage error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.items.length === 0 ? (
        <Paragraph>{t('noParticipants')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{t('participants')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('answerColumn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('invitation')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {invitations.data.items.map((item) => (
                <Table.Row key={item.person.id}>
                  <Table.Cell>
                    {item.person.name}
                    {guests.has(item.person.id) && ` (${t('guest')})`}
                    {item.removed && ` (${t('removed')})`}
                    {item.delegatedFrom && (
                      <Paragraph data-size="sm">
                        {t('substitute.standsInFor', { name: item.delegatedFrom.name })}
                      </Paragraph>
                    )}
                  </Table.Cell>
                  <Table.Cell>{t(`roles.${item.role}`)}</Table.Cell>
                  <Table.Cell>
                    <PartstatTag partstat={item.partstat} />
                    {item.partstat === 'DELEGATED' && (
                      <Paragraph data-size="sm">
                        {item.delegatedTo
                          ? t('substitute.sentInPlace', { name: item.delegatedTo.name })
                          : t('substitute.noneAccepted')}
                      </Paragraph>
                    )}
                    {item.comment && <Paragraph data-size="sm">{item.comment}</Paragraph>}
                  </Table.Cell>
                  <Table.Cell>
                    <Delivery item={item} language={i18n.language} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

function Delivery({ item, language }: { item: MeetingInvitations['items'][number]; language: string }) {
  const { t } = useTranslation('meetings');
  const { state, reason, sentAt } = item.delivery;
  return (
    <>
      <Tag data-color={DELIVERY_COLORS[state]} data-size="sm">
        {t(`delivery.${state}`)}
      </Tag>
      {state === 'sent' && sentAt && (
        <Paragraph data-size="sm">{t('sentAt', { time: formatDateTime(sentAt, language) })}</Paragraph>
      )}
      {state === 'failed' && reason && <Paragraph data-size="sm">{t('failedBecause', { reason })}</Paragraph>}
    </>
  );
}

function ManageMeeting({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const toast = useToast();
  const move = useMoveMeeting(meeting.id);
  const cancel = useCancelMeeting(meeting.id);
  const dialog = useRef<HTMLDialogElement>(null);
  const [date, setDate] = useState(stockholmDate(meeting.startAt));
  const [start, setStart] = useState(stockholmTime(meeting.startAt));
  const [end, setEnd] = useState(stockholmTime(meeting.endAt));

  function submitMove(event: FormEvent) {
    event.preventDefault();
    move.mutate(
      { start: stockholmInstant(date, start), end: stockholmInstant(date, end), version: meeting.version },
      { onSuccess: () => toast.show(t('moved')) },
    );
  }

  function confirmCancel(reason: string) {
    cancel.mutate(
      { reason, version: meeting.version },
      {
        onSuccess: () => {
          dialog.current?.close();
          toast.show(t('cancelled'));
        },
      },
    );
  }

  return (
    <section aria-labelledby="change-heading" className="section">
      <Heading level={2} data-size="sm" id="change-heading">
        {t('change')}
      </Heading>
      <Paragraph data-size="sm">{t('debounceNote')}</Paragraph>
      <form onSubmit={submitMove} className="form form--inline" aria-labelledby="move-heading">
        <Heading level={3} data-size="xs" id="move-heading">
          {t('move')}
        </Heading>
        <div className="filters__row">
          <Textfield
            label={t('date')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            required
          />
          <Textfield
            label={t('start')}
            type="time"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            required
          />
          <Textfield
            label={t('end')}
            type="time"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            required
          />
        </div>
        {move.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(move.error, t)}</Paragraph>
          </Alert>
        )}
        <Button type="submit" loading={move.isPending}>
          {t('moveSubmit')}
        </Button>
      </form>
      <AddParticipants meeting={meeting} />
      <Heading level={3} data-size="xs">
        {t('cancelHeading')}
      </Heading>
      <Button variant="secondary" data-color="danger" onClick={() => dialog.current?.showModal()}>
        {t('cancelMeeting')}
      </Button>
      <ReasonDialog
        dialogRef={dialog}
        heading={t('cancelConfirmTitle')}
        text={t('cancelConfirmText')}
        label={t('cancelReason')}
        missingText={t('cancelReasonMissing')}
        confirmLabel={t('cancelConfirm')}
        keepLabel={t('keepMeeting')}
        closeLabel={t('close')}
        pending={cancel.isPending}
        error={cancel.error}
        onConfirm={confirmCancel}
      />
    </section>
  );
}

function MeetingCaseNumber({ meeting }: { meeting: Meeting }) {
  const save = useSetCaseNumber(meeting.id);
  return <CaseNumberForm caseNumber={meeting.caseNumber} version={meeting.version} save={save} />;
}
