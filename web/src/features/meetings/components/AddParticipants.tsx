import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import { useAddGuest, useOutsidePeople, useSetParticipants } from '../hooks/useMeeting';
import type { Meeting } from '../hooks/useMeetings';

/**
 * For the meeting's managers: invite a person of one of the region's outside organisations (Almi,
 * Arbetsförmedlingen…) or a one-off guest by name and email. Both get the calendar invitation.
 */
export function AddParticipants({ meeting }: { meeting: Meeting }) {
  return (
    <>
      <AddOutsidePerson meeting={meeting} />
      <AddGuest meeting={meeting} />
    </>
  );
}

function AddOutsidePerson({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const toast = useToast();
  // The picker reads every outside organisation's people: only once someone turns to it, not with the page.
  const [wanted, setWanted] = useState(false);
  const outside = useOutsidePeople(wanted);
  const setParticipants = useSetParticipants(meeting.id);
  const [personId, setPersonId] = useState('');
  const invited = new Set(meeting.participants.map((participant) => participant.personId));
  const choices = (outside.data ?? []).filter(({ person }) => !invited.has(person.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!personId) return;
    const chosen = choices.find(({ person }) => person.id === personId);
    setParticipants.mutate(
      {
        participants: [
          ...meeting.participants.map(({ personId: id, role }) => ({ personId: id, role })),
          { personId, role: 'required' },
        ],
        version: meeting.version,
      },
      {
        onSuccess: () => {
          setPersonId('');
          toast.show(t('outsideAdded', { name: chosen?.person.name ?? '' }));
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="form form--inline" aria-labelledby="outside-heading">
      <Heading level={3} data-size="xs" id="outside-heading">
        {t('outsideHeading')}
      </Heading>
      <Field>
        <Label>{t('outsidePerson')}</Label>
        <Select
          value={personId}
          onChange={(e) => setPersonId(e.target.value)}
          onFocus={() => setWanted(true)}
          onPointerEnter={() => setWanted(true)}
          aria-busy={outside.isFetching}
        >
          <Select.Option value="">{t('outsideChoose')}</Select.Option>
          {choices.map(({ person, organization }) => (
            <Select.Option key={person.id} value={person.id}>
              {person.name} – {organization.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {/* Read out once the people are in: the select keeps the focus, whatever the answer. */}
      <div aria-live="polite">
        {outside.isSuccess && choices.length === 0 && (
          <Paragraph data-size="sm">{t('outsideNone')}</Paragraph>
        )}
      </div>
      {setParticipants.isError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorText(setParticipants.error, t)}</Paragraph>
        </Alert>
      )}
      <Button type="submit" variant="secondary" loading={setParticipants.isPending} disabled={!personId}>
        {t('outsideSubmit')}
      </Button>
    </form>
  );
}

function AddGuest({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('meetings');
  const toast = useToast();
  const add = useAddGuest(meeting.id);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [checked, setChecked] = useState(false);
  const missing = { name: !name.trim(), email: !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) };

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (missing.name || missing.email) return;
    add.mutate(
      {
        name: name.trim(),
        email: email.trim(),
        role: 'optional',
        // The guest reads the invitation in the language the page is in.
        locale: i18n.language === 'en' ? 'en' : 'sv',
        version: meeting.version,
      },
      {
        onSuccess: () => {
          toast.show(t('guestAdded', { name: name.trim() }));
          setName('');
          setEmail('');
          setChecked(false);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form form--inline" aria-labelledby="guest-heading">
      <Heading level={3} data-size="xs" id="guest-heading">
        {t('guestHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('guestHelp')}</Paragraph>
      <div className="filters__row">
        <Textfield
          label={t('guestName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={checked && missing.name ? t('guestNameMissing') : undefined}
          autoComplete="off"
          required
        />
        <Textfield
          label={t('guestEmail')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={checked && missing.email ? t('guestEmailMissing') : undefined}
          autoComplete="off"
          required
        />
      </div>
      {add.isError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorText(add.error, t)}</Paragraph>
        </Alert>
      )}
      <Button type="submit" variant="secondary" loading={add.isPending}>
        {t('guestSubmit')}
      </Button>
    </form>
  );
}
