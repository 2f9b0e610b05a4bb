import {
  Alert,
  Button,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { type ChangeEvent, type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { ReasonDialog } from '../../../shared/components/ReasonDialog';
import { errorText } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import type { Proposal } from '../agenda-view';
import { type AgendaItem, useDecideProposal } from '../hooks/useAgenda';
import { ProposalFateTag } from './ProposalFateTag';
import { VisibilityTag, presenterText } from './AgendaItems';

/** One proposal: its title, what was proposed, and its fate (with the reason when declined). */
function ProposalEntry({
  proposal,
  showProposer = false,
  children,
}: {
  proposal: Proposal;
  showProposer?: boolean;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation('agenda');
  return (
    <li className="agenda-item" data-testid="proposal">
      <Heading level={3} data-size="xs">
        {proposal.title}
      </Heading>
      <div className="tag-row">
        <ProposalFateTag fate={proposal.status} />
        <VisibilityTag visibility={proposal.visibility} />
      </div>
      {proposal.description && <Paragraph className="prose pre-line">{proposal.description}</Paragraph>}
      <Paragraph data-size="sm">
        {t(`types.${proposal.type}`)}, {t('duration', { count: proposal.durationMinutes })}, {t('presenter')}:{' '}
        {presenterText(proposal, t)}.
        {showProposer && proposal.proposer && ` ${t('proposedBy', { name: proposal.proposer.name })}`}
      </Paragraph>
      {proposal.status === 'declined' && proposal.decisionReason && (
        <Paragraph>{t('decisionReason', { reason: proposal.decisionReason })}</Paragraph>
      )}
      {proposal.movedToMeetingId && (
        <Paragraph data-size="sm">
          <RouterLink to={links.meetingAgenda(proposal.movedToMeetingId)}>{t('movedTo')}</RouterLink>
        </Paragraph>
      )}
      {proposal.decidedAt && (
        <Paragraph data-size="sm">
          {t('decidedAt', { time: formatDateTime(proposal.decidedAt, i18n.language) })}
        </Paragraph>
      )}
      {children}
    </li>
  );
}

/** The signed-in participant's own proposals and their fate. */
export function OwnProposals({ proposals }: { proposals: readonly Proposal[] }) {
  const { t } = useTranslation('agenda');
  return (
    <section aria-labelledby="own-proposals-heading" className="section">
      <Heading level={2} data-size="sm" id="own-proposals-heading">
        {t('yourProposals')}
      </Heading>
      {proposals.length === 0 ? (
        <Paragraph>{t('noOwnProposals')}</Paragraph>
      ) : (
        <ul className="agenda-items">
          {proposals.map((proposal) => (
            <ProposalEntry key={proposal.id} proposal={proposal} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** For the agenda's keepers: every proposal, waiting ones with accept and decline (with a reason). */
export function ProposalQueue({
  meetingId,
  proposals,
  agendaItems,
}: {
  meetingId: string;
  proposals: readonly Proposal[];
  /** The items on the agenda: an accepted proposal goes before one of them (default: before the closing items). */
  agendaItems: readonly AgendaItem[];
}) {
  const { t } = useTranslation('agenda');
  const toast = useToast();
  const decide = useDecideProposal(meetingId);
  const dialog = useRef<HTMLDialogElement>(null);
  const [declining, setDeclining] = useState<Proposal | null>(null);
  const [accepting, setAccepting] = useState<Proposal | null>(null);
  const waiting = proposals.filter((proposal) => proposal.status === 'proposed');
  const decided = proposals.filter((proposal) => proposal.status !== 'proposed');

  function accept(proposal: Proposal, position: number | undefined, message: string) {
    decide.mutate(
      {
        itemId: proposal.id,
        status: 'accepted',
        position,
        reason: message || undefined,
        version: proposal.version,
      },
      {
        onSuccess: (item) => {
          setAccepting(null);
          toast.show(t('acceptedToast', { title: proposal.title, number: item.number }));
        },
      },
    );
  }

  function openAccept(proposal: Proposal) {
    decide.reset();
    setAccepting(proposal);
  }

  function openDecline(proposal: Proposal) {
    decide.reset();
    setDeclining(proposal);
    dialog.current?.showModal();
  }

  function confirmDecline(reason: string) {
    if (!declining) return;
    const title = declining.title;
    decide.mutate(
      { itemId: declining.id, status: 'declined', reason, version: declining.version },
      {
        onSuccess: () => {
          dialog.current?.close();
          toast.show(t('declinedToast', { title }));
        },
      },
    );
  }

  return (
    <section aria-labelledby="proposals-heading" className="section">
      <Heading level={2} data-size="sm" id="proposals-heading">
        {t('proposals')}
      </Heading>
      {proposals.length > 0 && (
        <Paragraph data-size="sm" data-testid="proposal-count">
          {t('waitingCount', { count: waiting.length })}
        </Paragraph>
      )}
      {proposals.length === 0 ? (
        <Paragraph>{t('noProposals')}</Paragraph>
      ) : (
        <ul className="agenda-items" aria-label={t('proposalQueue')}>
          {[...waiting, ...decided].map((proposal) => (
            <ProposalEntry key={proposal.id} proposal={proposal} showProposer>
              {proposal.status === 'proposed' && (
                <div className="button-row">
                  <Button
                    aria-label={t('acceptLabel', { title: proposal.title })}
                    disabled={decide.isPending}
                    onClick={() => openAccept(proposal)}
                  >
                    {t('accept')}
                  </Button>
                  <Button
                    variant="secondary"
                    data-color="danger"
                    aria-label={t('declineLabel', { title: proposal.title })}
                    disabled={decide.isPending}
                    onClick={() => openDecline(proposal)}
                  >
                    {t('decline')}
                  </Button>
                </div>
              )}
            </ProposalEntry>
          ))}
        </ul>
      )}
      <ReasonDialog
        dialogRef={dialog}
        heading={t('declineTitle', { title: declining?.title ?? '' })}
        label={t('declineReason')}
        description={t('declineReasonHint')}
        missingText={t('declineReasonMissing')}
        confirmLabel={t('declineConfirm')}
        keepLabel={t('cancel')}
        closeLabel={t('cancel')}
        pending={decide.isPending}
        error={declining ? decide.error : null}
        onConfirm={confirmDecline}
      />
      <AcceptDialog
        key={accepting?.id ?? 'none'}
        proposal={accepting}
        agendaItems={agendaItems}
        pending={decide.isPending}
        error={accepting ? decide.error : null}
        onAccept={accept}
        onClose={() => setAccepting(null)}
      />
    </section>
  );
}

/** Accepting a proposal: where it goes on the agenda (before a chosen item; default before the closing items). */
function AcceptDialog({
  proposal,
  agendaItems,
  pending,
  error,
  onAccept,
  onClose,
}: {
  proposal: Proposal | null;
  agendaItems: readonly AgendaItem[];
  pending: boolean;
  error: unknown;
  onAccept: (proposal: Proposal, position: number | undefined, message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('agenda');
  const [place, setPlace] = useState('');
  const [message, setMessage] = useState('');
  const open = proposal !== null;
  return (
    <Dialog open={open} onClose={onClose} closeButton={t('common:close')} aria-labelledby="accept-title">
      {proposal && (
        <form
          className="form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            onAccept(proposal, place ? Number(place) : undefined, message.trim());
          }}
        >
          <Heading level={2} data-size="sm" id="accept-title">
            {t('acceptTitle', { title: proposal.title })}
          </Heading>
          <Paragraph>{t('acceptText')}</Paragraph>
          <Field>
            <Label>{t('placement')}</Label>
            <Select value={place} onChange={(e) => setPlace(e.target.value)}>
              <Select.Option value="">{t('placementDefault')}</Select.Option>
              {agendaItems
                .filter((item) => !item.closing)
                .map((item) => (
                  <Select.Option key={item.id} value={String(item.position)}>
                    {t('placementBefore', { number: item.number, title: item.title })}
                  </Select.Option>
                ))}
            </Select>
          </Field>
          <Textfield
            label={t('acceptMessage')}
            description={t('acceptMessageHint')}
            multiline
            rows={3}
            maxLength={2000}
            value={message}
            onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setMessage(e.target.value)}
          />
          {error ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>{errorText(error, t)}</Paragraph>
            </Alert>
          ) : null}
          <div className="button-row">
            <Button type="submit" loading={pending}>
              {t('acceptConfirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
