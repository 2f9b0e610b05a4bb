import {
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { links } from '../../../app/links';
import { isRegionStaff } from '../../../app/roles';
import { FormFooter } from '../../../shared/components/FormFooter';
import { formatDate } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import type { Me } from '../../auth/hooks/useMe';
import {
  useLazyExternalOrganizations,
  useMeetings,
  useMunicipalities,
} from '../../meetings/hooks/useMeetings';
import { useOrganizationPeople } from '../../questions/hooks/useQuestions';
import { useCreateAction } from '../hooks/useAction';
import { useStrategyAreas } from '../hooks/useActions';
import { type NewActionForm, newActionBody, newActionErrors, ownerOrganizations } from '../new-action';

/** A meeting the action starts linked to (the meeting page's own), with its first municipality. */
export interface ActionMeeting {
  id: string;
  title: string;
  startAt: string;
  organizationId?: string;
}

interface Props {
  open: boolean;
  me: Me;
  onClose: () => void;
  meeting?: ActionMeeting;
}

/**
 * Creates a follow-up action (POST /api/actions; admins, coordinators and secretaries). The owner is a
 * person of an organization in the caller's scope, chosen among the people the API lists for it.
 */
export function CreateActionDialog({ open, me, onClose, meeting }: Props) {
  const { t } = useTranslation('actions');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={t('common:close')}
      aria-labelledby="create-action-title"
    >
      {open && <CreateActionForm me={me} onClose={onClose} meeting={meeting} />}
    </Dialog>
  );
}

function CreateActionForm({ me, onClose, meeting }: Omit<Props, 'open'>) {
  const { t, i18n } = useTranslation('actions');
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateAction();
  const municipalities = useMunicipalities(isRegionStaff(me));
  const externals = useLazyExternalOrganizations(isRegionStaff(me));
  const strategyAreas = useStrategyAreas();
  const [form, setForm] = useState<NewActionForm>({
    title: '',
    description: '',
    ownerOrganizationId: meeting?.organizationId ?? me.organizationId,
    ownerPersonId: '',
    dueDate: '',
    strategyAreaId: '',
    meetingId: meeting?.id ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const people = useOrganizationPeople(form.ownerOrganizationId || null);
  const meetings = useMeetings({ organizationId: form.ownerOrganizationId || undefined, limit: 100 });
  const organizations = ownerOrganizations(me, municipalities.data?.items ?? [], externals.items);
  const meetingOptions = [
    ...(meeting ? [meeting] : []),
    ...(meetings.data?.items ?? []).filter((m) => m.id !== meeting?.id),
  ];
  const errors = submitted ? newActionErrors(form) : {};
  const errorOf = (field: keyof typeof errors) => (errors[field] ? t(errors[field]) : undefined);
  const set = (changes: Partial<NewActionForm>) => setForm((current) => ({ ...current, ...changes }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(newActionErrors(form)).length > 0) return;
    create.mutate(newActionBody(form), {
      onSuccess: (action) => {
        toast.show(t('new.created', { title: action.title }));
        onClose();
        void navigate(links.action(action.id));
      },
    });
  }

  return (
    <form onSubmit={submit} className="form" noValidate>
      <Heading level={2} data-size="sm" id="create-action-title">
        {t('new.heading')}
      </Heading>
      <Textfield
        label={t('new.title')}
        value={form.title}
        onChange={(e) => set({ title: e.target.value })}
        error={errorOf('title')}
        required
      />
      <Textfield
        label={t('new.description')}
        multiline
        rows={3}
        value={form.description}
        onChange={(e) => set({ description: e.target.value })}
      />
      <Field>
        <Label>{t('new.organization')}</Label>
        <Select
          value={form.ownerOrganizationId}
          onChange={(e) => set({ ownerOrganizationId: e.target.value, ownerPersonId: '' })}
          aria-invalid={!!errors.ownerOrganizationId}
          required
          {...externals.pickerProps}
        >
          {organizations.map((org) => (
            <Select.Option key={org.id} value={org.id}>
              {org.name}
            </Select.Option>
          ))}
        </Select>
        {errorOf('ownerOrganizationId') && (
          <ValidationMessage>{errorOf('ownerOrganizationId')}</ValidationMessage>
        )}
      </Field>
      <Field>
        <Label>{t('new.person')}</Label>
        <Paragraph data-size="sm" data-field="description">
          {t('new.personHint')}
        </Paragraph>
        <Select
          value={form.ownerPersonId}
          onChange={(e) => set({ ownerPersonId: e.target.value })}
          aria-invalid={!!errors.ownerPersonId}
          required
        >
          <Select.Option value="">{t('new.choosePerson')}</Select.Option>
          {(people.data?.items ?? []).map((person) => (
            <Select.Option key={person.id} value={person.id}>
              {person.name}
            </Select.Option>
          ))}
        </Select>
        {errorOf('ownerPersonId') && <ValidationMessage>{errorOf('ownerPersonId')}</ValidationMessage>}
      </Field>
      <Textfield
        label={t('new.dueDate')}
        type="date"
        value={form.dueDate}
        onChange={(e) => set({ dueDate: e.target.value })}
        error={errorOf('dueDate')}
        required
      />
      <Field>
        <Label>{t('strategyArea')}</Label>
        <Select value={form.strategyAreaId} onChange={(e) => set({ strategyAreaId: e.target.value })}>
          <Select.Option value="">{t('new.noArea')}</Select.Option>
          {(strategyAreas.data?.items ?? []).map((area) => (
            <Select.Option key={area.id} value={area.id}>
              {area.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('new.meeting')}</Label>
        <Select value={form.meetingId} onChange={(e) => set({ meetingId: e.target.value })}>
          <Select.Option value="">{t('new.noMeeting')}</Select.Option>
          {meetingOptions.map((m) => (
            <Select.Option key={m.id} value={m.id}>
              {`${m.title} (${formatDate(m.startAt, i18n.language)})`}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <FormFooter
        error={create.isError ? create.error : null}
        pending={create.isPending}
        submitLabel={t('new.submit')}
        cancelLabel={t('new.cancel')}
        onCancel={onClose}
        t={t}
      />
    </form>
  );
}
