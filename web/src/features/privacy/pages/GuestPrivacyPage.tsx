import { Button, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { components } from '../../../api/schema';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { DateTime } from '../../../shared/components/DateTime';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { errorField, errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useEraseGuest, useGuestPersonalData, useGuestPersonalDataPdf } from '../hooks/useGuestPrivacy';

type GuestData = components['schemas']['GuestPersonalDataResponse'];

/** Saves a file the app fetched itself (a POST's answer) the way a download link would. */
function saveFile(file: Blob, filename: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * /admin/guests: the data protection officer answers a guest's access or erasure request (issue 17, GDPR
 * art. 15, 17 and 20). A guest of one meeting is in no list of people, so they are found by the email they
 * were invited with: each meeting they were a guest of, the emails sent to them, a PDF and a JSON download, and the
 * erasure with its reason.
 */
export function GuestPrivacyPage() {
  const { t } = useTranslation('privacy');
  usePageTitle(t('guests.title'));
  const search = useGuestPersonalData();
  const erase = useEraseGuest();
  const toast = useToast();
  const [email, setEmail] = useState('');
  const [reason, setReason] = useState('');
  const found = search.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    erase.reset();
    search.mutate(email);
  };
  const searchError =
    search.error && errorField(search.error) === 'email' ? errorText(search.error, t) : undefined;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('guests.title')}
      </Heading>
      <div className="prose">
        <Paragraph>{t('guests.intro')}</Paragraph>
      </div>
      <form className="form prose" onSubmit={submit} noValidate>
        <Textfield
          label={t('guests.email')}
          description={t('guests.emailHelp')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={searchError}
        />
        <div>
          <Button type="submit" loading={search.isPending}>
            {t('guests.search')}
          </Button>
        </div>
      </form>
      {search.error && !searchError ? <ErrorMessage error={search.error} /> : null}
      {found && found.guests.length === 0 ? (
        <Paragraph role="status">{t('guests.none', { email: found.email })}</Paragraph>
      ) : null}
      {found && found.guests.length > 0 ? (
        <GuestRecords
          data={found}
          reason={reason}
          onReason={setReason}
          erase={() =>
            erase.mutateAsync({ email: found.email, reason }).then((counts) => {
              toast.show(t('guests.erased', { count: counts.guests, email: found.email }));
              setReason('');
              search.reset();
            })
          }
          pending={erase.isPending}
          error={erase.error}
        />
      ) : null}
    </>
  );
}

function GuestRecords({
  data,
  reason,
  onReason,
  erase,
  pending,
  error,
}: {
  data: GuestData;
  reason: string;
  onReason: (reason: string) => void;
  erase: () => Promise<unknown>;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('privacy');
  const pdf = useGuestPersonalDataPdf();
  const download = useMemo(
    () => URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })),
    [data],
  );
  const reasonError = errorField(error) === 'reason' ? errorText(error, t) : undefined;
  return (
    <>
      <section aria-labelledby="guest-data" className="section">
        <Heading level={2} data-size="sm" id="guest-data">
          {t('guests.found', { count: data.guests.length, email: data.email })}
        </Heading>
        <Table className="table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('guests.meeting')}</Table.HeaderCell>
              <Table.HeaderCell>{t('guests.when')}</Table.HeaderCell>
              <Table.HeaderCell>{t('guests.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('guests.answer')}</Table.HeaderCell>
              <Table.HeaderCell>{t('guests.emails')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.guests.flatMap((guest) =>
              guest.meetings.map((meeting) => (
                <Table.Row key={`${guest.person.id}-${meeting.meetingId}`}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/meetings/${meeting.meetingId}`}>{meeting.title}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <DateTime value={meeting.startAt} />
                  </Table.Cell>
                  <Table.Cell>{guest.person.name}</Table.Cell>
                  <Table.Cell>{t(`guests.answers.${meeting.answer ?? 'NEEDS-ACTION'}`)}</Table.Cell>
                  <Table.Cell>{guest.emails.length}</Table.Cell>
                </Table.Row>
              )),
            )}
          </Table.Body>
        </Table>
        <ul className="link-list">
          <li>
            <Button
              variant="tertiary"
              loading={pdf.isPending}
              onClick={() =>
                pdf.mutate(data.email, { onSuccess: (file) => saveFile(file, 'gast-personuppgifter.pdf') })
              }
            >
              {t('downloads.pdf')}
            </Button>
          </li>
          <li>
            <Link href={download} download="gast-personuppgifter.json">
              {t('downloads.json')}
            </Link>
          </li>
        </ul>
        {pdf.error ? <ErrorMessage error={pdf.error} /> : null}
      </section>
      <section aria-labelledby="guest-erase" className="section prose">
        <Heading level={2} data-size="sm" id="guest-erase">
          {t('guests.eraseTitle')}
        </Heading>
        <Paragraph>{t('guests.eraseText', { email: data.email })}</Paragraph>
        <div className="form">
          <Textfield
            label={t('erase.reason')}
            description={t('erase.reasonHelp')}
            value={reason}
            onChange={(event) => onReason(event.target.value)}
            error={reasonError}
          />
          <ConfirmDialog
            trigger={t('guests.eraseButton')}
            title={t('guests.confirmTitle', { email: data.email })}
            confirm={t('erase.confirm')}
            onConfirm={erase}
            pending={pending}
            error={reasonError ? null : error}
          >
            {t('guests.confirmText', { count: data.guests.length, reason: reason.trim() || '–' })}
          </ConfirmDialog>
        </div>
      </section>
    </>
  );
}
