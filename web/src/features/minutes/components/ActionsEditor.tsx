import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { links } from '../../../app/links';
import { formatDate } from '../../../shared/format';
import type { Draft } from '../drafts/draft-store';
import { type ActionFields, actionValue, partKey } from '../drafts/minutes-parts';
import { useMinutesStrategyAreas, useOwnerPeople } from '../hooks/useActionOwners';
import type { Minutes } from '../hooks/useMinutes';
import type { MinutesEditing } from '../hooks/useMinutesSync';
import { type EditedAction, actionErrors } from '../minutes-edit';
import { PartConflict } from './PartConflict';

export interface Owners {
  /** The meeting's parties: the region and its municipalities. */
  organizations: Array<{ id: string; name: string }>;
  /** The meeting's participants, who may own an action whatever list the API gives this person. */
  participants: Minutes['attendance'];
}

/** The actions written under one agenda item (or under none), each changed or removed in place, and a new one. */
export function ActionsEditor({
  agendaItemId,
  actions,
  drafts,
  editing,
  owners,
  headingLevel,
  where,
}: {
  agendaItemId: string | null;
  actions: EditedAction[];
  drafts: ReadonlyMap<string, Draft>;
  editing: MinutesEditing;
  owners: Owners;
  headingLevel: 3 | 4;
  /** Which item, for screen readers ("punkt 2"), or the other actions. */
  where: string;
}) {
  const { t } = useTranslation('minutes');
  /** The action being changed, "new" for a new one, or none. */
  const [open, setOpen] = useState<string | null>(null);
  const save = (id: string, value: ActionFields, version: number | null) => {
    editing.edit(partKey.action(id), value, version);
    setOpen(null);
  };
  return (
    <div className="minutes-actions">
      <Heading level={headingLevel} data-size="2xs">
        {t('actions')}
        <span className="visually-hidden">, {where}</span>
      </Heading>
      {actions.length > 0 && (
        <ul className="minutes-actions__list">
          {actions.map((action) => (
            <li key={action.id}>
              {open === action.id ? (
                <ActionForm
                  initial={action.value}
                  owners={owners}
                  submitLabel={t('actionForm.save')}
                  onSubmit={(value) => save(action.id, value, action.version)}
                  onCancel={() => setOpen(null)}
                />
              ) : (
                <ActionRow
                  action={action}
                  draft={drafts.get(partKey.action(action.id))}
                  owners={owners}
                  editing={editing}
                  onChange={() => setOpen(action.id)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {open === 'new' ? (
        <ActionForm
          initial={emptyAction(agendaItemId, owners)}
          owners={owners}
          submitLabel={t('actionForm.add')}
          onSubmit={(value) => save(crypto.randomUUID(), value, null)}
          onCancel={() => setOpen(null)}
        />
      ) : (
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => setOpen('new')}
          aria-label={`${t('newAction')}, ${where}`}
        >
          {t('newAction')}
        </Button>
      )}
    </div>
  );
}

function emptyAction(agendaItemId: string | null, owners: Owners): ActionFields {
  return {
    agendaItemId,
    title: '',
    description: '',
    ownerOrganizationId: owners.organizations[0]?.id ?? '',
    ownerPersonId: '',
    dueDate: '',
    strategyAreaIds: [],
  };
}

function ActionRow({
  action,
  draft,
  owners,
  editing,
  onChange,
}: {
  action: EditedAction;
  draft: Draft | undefined;
  owners: Owners;
  editing: MinutesEditing;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation('minutes');
  const people = useOwnerPeople(action.value.ownerOrganizationId);
  const ownerName = (id: string) =>
    people.data?.items.find((person) => person.id === id)?.name ??
    owners.participants.find((entry) => entry.personId === id)?.name ??
    t('unknownOwner');
  const organization = (id: string) => owners.organizations.find((org) => org.id === id)?.name ?? '–';
  const line = (value: ActionFields) =>
    t('actionLineFull', {
      owner: ownerName(value.ownerPersonId),
      organization: organization(value.ownerOrganizationId),
      date: formatDate(value.dueDate, i18n.language),
    });
  const theirs = draft?.conflict?.value as Minutes['actions'][number] | null | undefined;
  return (
    <div className="minutes-action">
      {draft?.conflict && (
        <PartConflict
          who={theirs?.updatedBy?.name ?? t('conflict.someone')}
          mine={
            <Paragraph data-size="sm">
              {draft.value ? `${action.value.title}. ${line(action.value)}` : t('conflict.removedByMe')}
            </Paragraph>
          }
          theirs={
            <Paragraph data-size="sm">
              {theirs ? `${theirs.title}. ${line(actionValue(theirs))}` : t('conflict.removedByThem')}
            </Paragraph>
          }
          onChoose={(choice) => editing.resolve(partKey.action(action.id), choice)}
        />
      )}
      <Paragraph>
        {action.server?.actionId ? (
          <RouterLink to={links.action(action.server.actionId)}>{action.value.title}</RouterLink>
        ) : (
          action.value.title
        )}{' '}
        <Tag
          data-color={action.unsent ? 'neutral' : action.server?.proposed === false ? 'success' : 'info'}
          data-size="sm"
          className="status-tag"
        >
          {t(
            action.unsent
              ? 'actionUnsent'
              : action.server?.proposed === false
                ? 'actionCreated'
                : 'actionPending',
          )}
        </Tag>
      </Paragraph>
      {action.value.description && (
        <Paragraph data-size="sm" className="pre-line">
          {action.value.description}
        </Paragraph>
      )}
      <Paragraph data-size="sm">{line(action.value)}</Paragraph>
      <div className="button-row">
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={onChange}
          aria-label={`${t('changeAction')}: ${action.value.title}`}
        >
          {t('changeAction')}
        </Button>
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={() => editing.edit(partKey.action(action.id), null, action.version)}
          aria-label={`${t('remove')}: ${action.value.title}`}
        >
          {t('remove')}
        </Button>
      </div>
    </div>
  );
}

/** An action's fields; sent only when the API would take them (title, owner, due date). */
function ActionForm({
  initial,
  owners,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: ActionFields;
  owners: Owners;
  submitLabel: string;
  onSubmit: (value: ActionFields) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('minutes');
  const id = useId();
  const [value, setValue] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => title.current?.focus(), []);
  const people = useOwnerPeople(value.ownerOrganizationId);
  const areas = useMinutesStrategyAreas();
  const errors = submitted ? actionErrors(value) : {};
  const set = (changes: Partial<ActionFields>) => setValue((current) => ({ ...current, ...changes }));
  const personOptions = new Map<string, string>();
  for (const person of people.data?.items ?? []) personOptions.set(person.id, person.name);
  for (const entry of owners.participants) {
    if (entry.organizationId === value.ownerOrganizationId) personOptions.set(entry.personId, entry.name);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(actionErrors(value)).length > 0) return;
    onSubmit(value);
  }

  return (
    <form className="form minutes-action-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading level={5} data-size="2xs" id={`${id}-heading`}>
        {submitLabel}
      </Heading>
      <Textfield
        label={t('actionForm.title')}
        ref={title}
        value={value.title}
        onChange={(event) => set({ title: event.target.value })}
        error={errors.title && t(errors.title)}
        required
      />
      <Textfield
        label={t('actionForm.description')}
        multiline
        rows={2}
        value={value.description}
        onChange={(event) => set({ description: event.target.value })}
      />
      <Field>
        <Label>{t('actionForm.organization')}</Label>
        <Select
          value={value.ownerOrganizationId}
          onChange={(event) => set({ ownerOrganizationId: event.target.value, ownerPersonId: '' })}
        >
          {owners.organizations.map((org) => (
            <Select.Option key={org.id} value={org.id}>
              {org.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('actionForm.person')}</Label>
        <Select
          value={value.ownerPersonId}
          onChange={(event) => set({ ownerPersonId: event.target.value })}
          aria-invalid={!!errors.ownerPersonId}
          required
        >
          <Select.Option value="">{t('actionForm.choosePerson')}</Select.Option>
          {[...personOptions].map(([personId, name]) => (
            <Select.Option key={personId} value={personId}>
              {name}
            </Select.Option>
          ))}
        </Select>
        {errors.ownerPersonId && <ValidationMessage>{t(errors.ownerPersonId)}</ValidationMessage>}
      </Field>
      <Textfield
        label={t('actionForm.dueDate')}
        type="date"
        value={value.dueDate}
        onChange={(event) => set({ dueDate: event.target.value })}
        error={errors.dueDate && t(errors.dueDate)}
        required
      />
      <Field>
        <Label>{t('actionForm.strategyArea')}</Label>
        <Select
          value={value.strategyAreaIds[0] ?? ''}
          onChange={(event) => set({ strategyAreaIds: event.target.value ? [event.target.value] : [] })}
        >
          <Select.Option value="">{t('actionForm.noArea')}</Select.Option>
          {(areas.data?.items ?? []).map((area) => (
            <Select.Option key={area.id} value={area.id}>
              {area.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="button-row">
        <Button type="submit">{submitLabel}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('actionForm.cancel')}
        </Button>
      </div>
    </form>
  );
}
