import { Dialog, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { links } from '../../../app/links';
import { isRegionStaff } from '../../../app/roles';
import { FormFooter } from '../../../shared/components/FormFooter';
import { useToast } from '../../../shared/toast/ToastProvider';
import { useStrategyAreas } from '../../actions/hooks/useActions';
import type { Me } from '../../auth/hooks/useMe';
import { useLazyExternalOrganizations, useMunicipalities } from '../../meetings/hooks/useMeetings';
import { QUESTION_STATUSES, ownerOptions } from '../question-filters';
import {
  type CreateQuestion,
  type QuestionStatus,
  useCreateQuestion,
  useOrganizationPeople,
} from '../hooks/useQuestions';

const EXTERNAL = 'external';

interface Props {
  open: boolean;
  me: Me;
  onClose: () => void;
}

/**
 * Registers a question (POST /api/questions; coordinators, secretaries and admins). The owner is the
 * region, a municipality the caller sees or an outside party; the responsible person is chosen among the
 * owning organization's people that the API lists for the caller (a person it would refuse is not shown).
 */
export function CreateQuestionDialog({ open, me, onClose }: Props) {
  const { t } = useTranslation('questions');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={t('common:close')}
      aria-labelledby="create-question-title"
    >
      {open && <CreateQuestionForm me={me} onClose={onClose} />}
    </Dialog>
  );
}

function CreateQuestionForm({ me, onClose }: { me: Me; onClose: () => void }) {
  const { t } = useTranslation('questions');
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateQuestion();
  const regionStaff = isRegionStaff(me);
  const municipalities = useMunicipalities(regionStaff);
  const externals = useLazyExternalOrganizations(regionStaff);
  const strategyAreas = useStrategyAreas();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState(me.organizationId);
  const [externalName, setExternalName] = useState('');
  const [responsible, setResponsible] = useState('');
  const [raisedWith, setRaisedWith] = useState('');
  const [strategyArea, setStrategyArea] = useState('');
  const [status, setStatus] = useState<QuestionStatus>('open');
  const [submitted, setSubmitted] = useState(false);
  // The people of the owning organization; an outside party's question gets someone of the caller's own.
  const people = useOrganizationPeople(owner === EXTERNAL ? me.organizationId : owner);

  const owners = ownerOptions(me, municipalities.data?.items ?? [], t('theRegion'), externals.items);
  const titleError = submitted && !title.trim() ? t('titleRequired') : undefined;
  const externalError =
    submitted && owner === EXTERNAL && !externalName.trim() ? t('externalRequired') : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!title.trim() || (owner === EXTERNAL && !externalName.trim())) return;
    const body: CreateQuestion = {
      title: title.trim(),
      ...(description.trim() && { description: description.trim() }),
      owner:
        owner === EXTERNAL
          ? { kind: 'external', name: externalName.trim() }
          : { kind: 'organization', organizationId: owner },
      ...(responsible && { responsiblePersonId: responsible }),
      organizationIds: raisedWith ? [raisedWith] : [],
      strategyAreaIds: strategyArea ? [strategyArea] : [],
      meetingIds: [],
      agendaItemIds: [],
      actionIds: [],
      status,
    };
    create.mutate(body, {
      onSuccess: (question) => {
        toast.show(t('created', { title: question.title }));
        onClose();
        void navigate(links.question(question.id));
      },
    });
  }

  return (
    <form onSubmit={submit} className="form" noValidate>
      <Heading level={2} data-size="sm" id="create-question-title">
        {t('createTitle')}
      </Heading>
      <Textfield
        label={t('questionTitle')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={titleError}
        required
      />
      <Textfield
        label={t('description')}
        multiline
        rows={3}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <Field>
        <Label>{t('ownerKind')}</Label>
        <Select
          value={owner}
          onChange={(e) => {
            setOwner(e.target.value);
            setResponsible('');
          }}
          {...externals.pickerProps}
        >
          {owners.map((option) => (
            <Select.Option key={option.id} value={option.id}>
              {option.name}
            </Select.Option>
          ))}
          <Select.Option value={EXTERNAL}>{t('ownerExternal')}</Select.Option>
        </Select>
      </Field>
      {owner === EXTERNAL && (
        <Textfield
          label={t('externalName')}
          value={externalName}
          onChange={(e) => setExternalName(e.target.value)}
          error={externalError}
          required
        />
      )}
      <Field>
        <Label>{t('responsible')}</Label>
        <Paragraph data-size="sm" data-field="description">
          {t('responsibleHint')}
        </Paragraph>
        <Select value={responsible} onChange={(e) => setResponsible(e.target.value)}>
          <Select.Option value="">{t('noOne')}</Select.Option>
          {(people.data?.items ?? []).map((person) => (
            <Select.Option key={person.id} value={person.id}>
              {person.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {regionStaff && (
        <Field>
          <Label>{t('raisedWith')}</Label>
          <Paragraph data-size="sm" data-field="description">
            {t('raisedWithHint')}
          </Paragraph>
          <Select value={raisedWith} onChange={(e) => setRaisedWith(e.target.value)}>
            <Select.Option value="">{t('nobodyElse')}</Select.Option>
            {(municipalities.data?.items ?? [])
              .filter((org) => org.id !== owner)
              .map((org) => (
                <Select.Option key={org.id} value={org.id}>
                  {org.name}
                </Select.Option>
              ))}
          </Select>
        </Field>
      )}
      <Field>
        <Label>{t('strategyArea')}</Label>
        <Select value={strategyArea} onChange={(e) => setStrategyArea(e.target.value)}>
          <Select.Option value="">{t('noArea')}</Select.Option>
          {(strategyAreas.data?.items ?? []).map((area) => (
            <Select.Option key={area.id} value={area.id}>
              {area.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('initialStatus')}</Label>
        <Select value={status} onChange={(e) => setStatus(e.target.value as QuestionStatus)}>
          {QUESTION_STATUSES.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`status.${s}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <FormFooter
        error={create.isError ? create.error : null}
        pending={create.isPending}
        submitLabel={t('save')}
        cancelLabel={t('cancel')}
        onCancel={onClose}
        t={t}
      />
    </form>
  );
}
