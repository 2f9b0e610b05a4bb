import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
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
import { type NewAgendaItem, useProposeItem } from '../hooks/useAgenda';

const TYPES: NewAgendaItem['type'][] = ['discussion', 'information', 'decision', 'follow-up'];
const VISIBILITIES: NewAgendaItem['visibility'][] = ['public', 'restricted'];

/** A participant's proposal for the agenda (POST …/agenda/items answers it as `proposed`). */
export function ProposeItemForm({
  meetingId,
  strategyAreas,
}: {
  meetingId: string;
  strategyAreas: ReadonlyArray<{ id: string; name: string }>;
}) {
  const { t } = useTranslation('agenda');
  const toast = useToast();
  const propose = useProposeItem(meetingId);
  const [title, setTitle] = useState('');
  const [titleMissing, setTitleMissing] = useState(false);
  const [description, setDescription] = useState('');
  const [type, setType] = useState<NewAgendaItem['type']>('discussion');
  const [duration, setDuration] = useState('10');
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const [visibility, setVisibility] = useState<NewAgendaItem['visibility']>('public');

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = title.trim();
    if (!text) {
      setTitleMissing(true);
      return;
    }
    propose.mutate(
      {
        title: text,
        ...(description.trim() && { description: description.trim() }),
        type,
        durationMinutes: Number(duration) || 0,
        strategyAreaIds: areaIds,
        links: [],
        visibility,
      },
      {
        onSuccess: (item) => {
          toast.show(t('proposedToast', { title: item.title }));
          setTitle('');
          setDescription('');
          setAreaIds([]);
        },
      },
    );
  }

  return (
    <section aria-labelledby="propose-heading" className="section">
      <Heading level={2} data-size="sm" id="propose-heading">
        {t('propose')}
      </Heading>
      <Paragraph>{t('proposeIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="form narrow">
        <Textfield
          label={t('itemTitle')}
          value={title}
          maxLength={300}
          required
          onChange={(e) => {
            setTitle(e.target.value);
            setTitleMissing(false);
          }}
          error={titleMissing ? t('titleMissing') : undefined}
        />
        <Textfield
          label={t('description')}
          description={t('descriptionHint')}
          multiline
          rows={4}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <Field>
          <Label>{t('typeLabel')}</Label>
          <Select value={type} onChange={(e) => setType(e.target.value as NewAgendaItem['type'])}>
            {TYPES.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`types.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('durationLabel')}
          type="number"
          min={0}
          max={600}
          step={5}
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
        />
        {strategyAreas.length > 0 && (
          <Fieldset>
            <Fieldset.Legend>{t('strategyAreas')}</Fieldset.Legend>
            {strategyAreas.map((area) => (
              <Checkbox
                key={area.id}
                label={area.name}
                value={area.id}
                checked={areaIds.includes(area.id)}
                onChange={(e) =>
                  setAreaIds((ids) =>
                    e.target.checked ? [...ids, area.id] : ids.filter((id) => id !== area.id),
                  )
                }
              />
            ))}
          </Fieldset>
        )}
        <Field>
          <Label>{t('visibilityLabel')}</Label>
          <Select
            value={visibility}
            onChange={(e) => setVisibility(e.target.value as NewAgendaItem['visibility'])}
          >
            {VISIBILITIES.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`visibility.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {propose.isError && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorText(propose.error, t)}</Paragraph>
          </Alert>
        )}
        <Button type="submit" loading={propose.isPending}>
          {t('submitProposal')}
        </Button>
      </form>
    </section>
  );
}
