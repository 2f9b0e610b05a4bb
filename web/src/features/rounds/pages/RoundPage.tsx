import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import { hasRole } from '../../../app/roles';
import { CaseNumberForm } from '../../../shared/components/CaseNumberForm';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { NotFound } from '../../../shared/components/NotFound';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { formatDate, formatDateTime } from '../../../shared/format';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { ConfirmRound } from '../components/ConfirmRound';
import { MoveDialog } from '../components/MoveDialog';
import { PlanningProgress } from '../components/PlanningProgress';
import { PlanTable, UnplacedList } from '../components/PlanTable';
import { ProposeRound } from '../components/ProposeRound';
import { RoundAnswer } from '../components/RoundAnswer';
import { RoundStatusTag } from '../components/RoundStatusTag';
import { WeekView } from '../components/WeekView';
import { type Round, type RoundItem, useRound } from '../hooks/useRound';
import { useSetRoundCaseNumber } from '../hooks/useRoundMutations';
import { useRegionPeople } from '../hooks/useRoundFormOptions';
import '../rounds.css';

/**
 * /rounds/:id: a round's plan as a week calendar and as a list with each placement's reasons and travel,
 * the municipalities without a time and why; move a meeting, confirm the round; while the worker plans it,
 * its progress (read again every second).
 */
export function RoundPage() {
  const { t, i18n } = useTranslation('rounds');
  const { id = '' } = useParams();
  const round = useRound(id);
  const me = useMe().data;
  const people = useRegionPeople(round.data?.regionId ?? me?.organizationId ?? '');
  const [moving, setMoving] = useState<RoundItem | null>(null);
  usePageTitle(round.data?.name);

  if (isApiError(round.error, 404) || isApiError(round.error, 400)) return <NotFound />;
  if (round.isPending) return <PageSkeleton rows={8} />;
  if (round.isError) return <ErrorMessage error={round.error} onRetry={() => void round.refetch()} />;
  const data = round.data;
  const canPlan = me ? hasRole(me, 'coordinator', 'admin') : false;
  const editable = canPlan && data.status === 'draft';
  const names = new Map((people.data ?? []).map((person) => [person.id, person.name]));
  const totals = data.totals;

  return (
    <>
      <Heading level={1} data-size="lg">
        {data.name}
      </Heading>
      <div className="round-facts">
        <RoundStatusTag status={data.status} />
        <Paragraph>
          {t('detail.window', {
            from: formatDate(data.window.from, i18n.language),
            to: formatDate(data.window.to, i18n.language),
          })}
        </Paragraph>
      </div>
      {data.caseNumber && (
        <Paragraph>
          {t('common:caseNumber.label')}: {data.caseNumber}
        </Paragraph>
      )}
      {names.size > 0 && (
        <Paragraph>
          {t('detail.team')}: {data.regionalTeam.map((person) => names.get(person) ?? '–').join(', ')}
        </Paragraph>
      )}
      {data.status === 'planning' && <PlanningProgress progress={data.progress} />}
      {data.status === 'failed' && (
        <Alert data-color="danger">
          <Paragraph>{t('detail.failed')}</Paragraph>
        </Alert>
      )}
      {data.status === 'confirmed' && data.confirmedAt && (
        <Alert data-color="success">
          <Paragraph>
            {t('detail.confirmedAt', { time: formatDateTime(data.confirmedAt, i18n.language) })}
          </Paragraph>
        </Alert>
      )}
      {(data.status === 'draft' || data.status === 'confirmed') && (
        <>
          {totals && (
            <Paragraph>
              {t('detail.summary', {
                placed: totals.placed ?? 0,
                total: totals.municipalities ?? data.items.length,
                trips: totals.trips ?? 0,
                hours: totals.travelHours ?? 0,
              })}
            </Paragraph>
          )}
          {data.consultation && data.status === 'draft' && (
            <Alert data-color="info">
              <Paragraph>
                {data.consultation.expiredAt
                  ? t('consultation.expired', {
                      time: formatDateTime(data.consultation.expiredAt, i18n.language),
                    })
                  : t('consultation.sent', {
                      time: formatDateTime(data.consultation.sentAt, i18n.language),
                      due: formatDateTime(data.consultation.answerDueAt, i18n.language),
                    })}
              </Paragraph>
              <Paragraph>{t('consultation.summary', answerCounts(data.items))}</Paragraph>
            </Alert>
          )}
          {editable && (
            <div className="page-tools">
              {!data.consultation && <ProposeRound round={data} />}
              <ConfirmRound round={data} />
            </div>
          )}
          <WeekView round={data} onMove={editable ? setMoving : undefined} />
          <PlanTable
            items={data.items}
            confirmed={data.status === 'confirmed'}
            onMove={editable ? setMoving : undefined}
            renderAnswer={
              data.consultation
                ? (item) => <RoundAnswer round={data} item={item} editable={editable} />
                : undefined
            }
          />
          <UnplacedList items={data.items} />
          {editable && <MoveDialog round={data} item={moving} onClose={() => setMoving(null)} />}
        </>
      )}
      {canPlan && <RoundCaseNumber round={data} />}
    </>
  );
}

/** The round's diarienummer: its meetings created from now on start with it (PATCH /api/rounds/:id). */
function RoundCaseNumber({ round }: { round: Round }) {
  const save = useSetRoundCaseNumber(round.id);
  return (
    <CaseNumberForm
      key={round.caseNumber ?? ''}
      caseNumber={round.caseNumber}
      version={round.version}
      save={save}
    />
  );
}

/** How many municipalities accepted (or were counted so), ask for another time, or have not answered. */
function answerCounts(items: RoundItem[]): { accepted: number; other: number; pending: number } {
  const states = items.flatMap((item) => (item.answer ? [item.answer.state] : []));
  return {
    accepted: states.filter((state) => state === 'accepted').length,
    other: states.filter((state) => state === 'other').length,
    pending: states.filter((state) => state === 'pending').length,
  };
}
