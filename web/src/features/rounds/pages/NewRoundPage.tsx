import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { TIME_ZONE, formatDate } from '../../../shared/format';
import { useToast } from '../../../shared/toast/ToastProvider';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { useCreateRound } from '../hooks/useRoundMutations';
import { useCadence, useMunicipalities, useRegionPeople } from '../hooks/useRoundFormOptions';
import {
  type MeetingMode,
  type RoundForm,
  type RoundFormErrors,
  dueBy,
  noneHasAgreement,
  emptyRoundForm,
  roundBody,
  validateRoundForm,
} from '../round-form';
import '../rounds.css';

function todayInStockholm(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

function toggle(list: string[], id: string, on: boolean): string[] {
  return on ? (list.includes(id) ? list : [...list, id]) : list.filter((entry) => entry !== id);
}

/** /rounds/new: plan a round — period, municipalities (or those due), the region's team and the constraints. */
export function NewRoundPage() {
  const { t, i18n } = useTranslation('rounds');
  usePageTitle(t('create.title'));
  const navigate = useNavigate();
  const toast = useToast();
  const me = useMe().data;
  const regionId = me?.organizationId ?? '';
  const municipalities = useMunicipalities();
  const people = useRegionPeople(regionId);
  const cadence = useCadence();
  const create = useCreateRound();
  const [form, setForm] = useState<RoundForm>(() =>
    emptyRoundForm(todayInStockholm(), (key) => t(`create.${key}`)),
  );
  const [errors, setErrors] = useState<RoundFormErrors>({});
  const summaryRef = useRef<HTMLDivElement>(null);

  const set = <K extends keyof RoundForm>(key: K, value: RoundForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const error = (key: keyof RoundFormErrors) => (errors[key] ? t(`create.errors.${errors[key]}`) : undefined);

  if (municipalities.isPending || people.isPending || cadence.isPending) return <PageSkeleton rows={8} />;
  const failed = municipalities.error ?? people.error ?? cadence.error;
  if (failed)
    return (
      <ErrorMessage
        error={failed}
        onRetry={() => {
          void municipalities.refetch();
          void people.refetch();
          void cadence.refetch();
        }}
      />
    );

  const cadenceById = new Map(cadence.data!.items.map((item) => [item.organizationId, item]));
  const due = dueBy(cadence.data!.items, form.to);
  const team = people.data!;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateRoundForm(form, due.length);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    create.mutate(roundBody(form), {
      onSuccess: (round) => {
        toast.show(
          t(round.status === 'planning' ? 'create.createdBackground' : 'create.created', {
            name: round.name,
          }),
        );
        void navigate(`/rounds/${round.id}`);
      },
      onError: () => requestAnimationFrame(() => summaryRef.current?.focus()),
    });
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('create.title')}
      </Heading>
      <Paragraph>{t('create.intro')}</Paragraph>
      <div ref={summaryRef} tabIndex={-1} className="form-summary">
        {hasErrors && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('create.fixErrors')}</Paragraph>
          </Alert>
        )}
        {create.isError && <ErrorMessage error={create.error} />}
      </div>
      <form onSubmit={submit} noValidate className="form round-form">
        <Fieldset>
          <Fieldset.Legend>
            <Heading level={2} data-size="xs">
              {t('create.basics')}
            </Heading>
          </Fieldset.Legend>
          <Textfield
            label={t('create.name')}
            description={t('create.nameHint')}
            value={form.name}
            onChange={(event) => set('name', event.target.value)}
            error={error('name')}
            required
          />
          <div className="field-row">
            <Textfield
              label={t('create.from')}
              type="date"
              value={form.from}
              onChange={(event) => set('from', event.target.value)}
              error={error('from')}
              required
            />
            <Textfield
              label={t('create.to')}
              type="date"
              value={form.to}
              min={form.from}
              onChange={(event) => set('to', event.target.value)}
              error={error('to')}
              required
            />
          </div>
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>
            <Heading level={2} data-size="xs">
              {t('create.municipalities')}
            </Heading>
          </Fieldset.Legend>
          <Radio
            label={t('create.selectionPick')}
            name="selection"
            value="pick"
            checked={form.selection === 'pick'}
            onChange={() => set('selection', 'pick')}
          />
          <Radio
            label={t('create.selectionDue')}
            description={t('create.selectionDueHint')}
            name="selection"
            value="due"
            checked={form.selection === 'due'}
            onChange={() => set('selection', 'due')}
          />
          {form.selection === 'due' ? (
            <>
              <Paragraph role="status">
                {noneHasAgreement(cadence.data!.items)
                  ? t('create.dueNoAgreements')
                  : !form.to
                    ? t('create.dueNeedsWindow')
                    : due.length === 0
                      ? t('create.dueNone')
                      : t('create.dueList', { names: due.map((item) => item.organizationName).join(', ') })}
              </Paragraph>
              {error('organizationIds') && <ValidationMessage>{error('organizationIds')}</ValidationMessage>}
            </>
          ) : (
            <Fieldset className="checkbox-columns">
              <Fieldset.Legend className="visually-hidden">{t('create.municipalities')}</Fieldset.Legend>
              {form.to && due.length > 0 && (
                <div>
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    onClick={() =>
                      set(
                        'organizationIds',
                        due.reduce(
                          (list, item) => toggle(list, item.organizationId, true),
                          form.organizationIds,
                        ),
                      )
                    }
                  >
                    {t('create.pickDue')}
                  </Button>
                </div>
              )}
              {municipalities.data!.map((municipality) => {
                const entry = cadenceById.get(municipality.id);
                return (
                  <Checkbox
                    key={municipality.id}
                    label={municipality.name}
                    description={
                      entry?.dueDate
                        ? t('create.cadenceDue', { date: formatDate(entry.dueDate, i18n.language) })
                        : t('create.cadenceNone')
                    }
                    value={municipality.id}
                    checked={form.organizationIds.includes(municipality.id)}
                    onChange={(event) =>
                      set(
                        'organizationIds',
                        toggle(form.organizationIds, municipality.id, event.target.checked),
                      )
                    }
                  />
                );
              })}
              {errors.organizationIds && (
                <Paragraph data-color="danger" className="field-error">
                  {error('organizationIds')}
                </Paragraph>
              )}
            </Fieldset>
          )}
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>
            <Heading level={2} data-size="xs">
              {t('create.team')}
            </Heading>
          </Fieldset.Legend>
          <Fieldset.Description>{t('create.teamHint')}</Fieldset.Description>
          {team.length === 0 && <Paragraph>{t('create.noPeople')}</Paragraph>}
          <div className="checkbox-columns">
            {team.map((person) => (
              <Checkbox
                key={person.id}
                label={
                  form.regionalTeam[0] === person.id ? `${person.name} (${t('create.chair')})` : person.name
                }
                description={person.title ?? undefined}
                value={person.id}
                checked={form.regionalTeam.includes(person.id)}
                onChange={(event) =>
                  set('regionalTeam', toggle(form.regionalTeam, person.id, event.target.checked))
                }
              />
            ))}
          </div>
          {errors.regionalTeam && (
            <Paragraph data-color="danger" className="field-error">
              {error('regionalTeam')}
            </Paragraph>
          )}
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>
            <Heading level={2} data-size="xs">
              {t('create.meeting')}
            </Heading>
          </Fieldset.Legend>
          <div className="field-row">
            <Textfield
              label={t('create.duration')}
              type="number"
              inputMode="numeric"
              min={15}
              max={1440}
              step={15}
              value={form.durationMinutes}
              onChange={(event) => set('durationMinutes', event.target.value)}
              error={error('durationMinutes')}
            />
            <div className="ds-field">
              <label htmlFor="round-mode" className="ds-label">
                {t('create.mode')}
              </label>
              <Select
                id="round-mode"
                width="full"
                value={form.mode}
                onChange={(event) => set('mode', event.target.value as '' | MeetingMode)}
              >
                <Select.Option value="">{t('create.modeAgreement')}</Select.Option>
                <Select.Option value="onsite">{t('modes.onsite')}</Select.Option>
                <Select.Option value="digital">{t('modes.digital')}</Select.Option>
                <Select.Option value="hybrid">{t('modes.hybrid')}</Select.Option>
              </Select>
            </div>
          </div>
        </Fieldset>

        <Fieldset>
          <Fieldset.Legend>
            <Heading level={2} data-size="xs">
              {t('create.constraints')}
            </Heading>
          </Fieldset.Legend>
          <Fieldset.Description>{t('create.constraintsHint')}</Fieldset.Description>
          <div className="field-row">
            <Textfield
              label={t('create.workingStart')}
              type="time"
              value={form.workingStart}
              onChange={(event) => set('workingStart', event.target.value)}
              error={error('workingStart')}
            />
            <Textfield
              label={t('create.workingEnd')}
              type="time"
              value={form.workingEnd}
              onChange={(event) => set('workingEnd', event.target.value)}
              error={error('workingEnd')}
            />
          </div>
          <Paragraph data-size="sm">{t('create.travelHint')}</Paragraph>
          <div className="field-row">
            <Textfield
              label={t('create.travelStart')}
              type="time"
              value={form.travelStart}
              onChange={(event) => set('travelStart', event.target.value)}
              error={error('travelStart')}
            />
            <Textfield
              label={t('create.travelEnd')}
              type="time"
              value={form.travelEnd}
              onChange={(event) => set('travelEnd', event.target.value)}
              error={error('travelEnd')}
            />
          </div>
          <div className="field-row">
            <Textfield
              label={t('create.maxMeetingsPerDay')}
              type="number"
              inputMode="numeric"
              min={1}
              max={10}
              value={form.maxMeetingsPerDay}
              onChange={(event) => set('maxMeetingsPerDay', event.target.value)}
              error={error('maxMeetingsPerDay')}
            />
            <Textfield
              label={t('create.minGapDays')}
              type="number"
              inputMode="numeric"
              min={0}
              max={365}
              value={form.minGapDays}
              onChange={(event) => set('minGapDays', event.target.value)}
              error={error('minGapDays')}
            />
            <Textfield
              label={t('create.travelBufferMinutes')}
              type="number"
              inputMode="numeric"
              min={0}
              max={120}
              value={form.travelBufferMinutes}
              onChange={(event) => set('travelBufferMinutes', event.target.value)}
              error={error('travelBufferMinutes')}
            />
          </div>
          <Checkbox
            label={t('create.allowChaining')}
            checked={form.allowChaining}
            onChange={(event) => set('allowChaining', event.target.checked)}
          />
          <Fieldset>
            <Fieldset.Legend>{t('create.blackouts')}</Fieldset.Legend>
            <Fieldset.Description>{t('create.blackoutsHint')}</Fieldset.Description>
            {form.blackouts.map((row, index) => {
              const number = index + 1;
              const update = (patch: Partial<typeof row>) =>
                set(
                  'blackouts',
                  form.blackouts.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)),
                );
              return (
                <div key={index} className="field-row blackout-row">
                  <Textfield
                    label={t('create.blackoutFrom', { number })}
                    value={row.from}
                    onChange={(event) => update({ from: event.target.value })}
                    error={errors[`blackout${index}`] ? t('create.errors.blackout') : undefined}
                  />
                  <Textfield
                    label={t('create.blackoutTo', { number })}
                    value={row.to}
                    onChange={(event) => update({ to: event.target.value })}
                  />
                  <Textfield
                    label={t('create.blackoutLabel', { number })}
                    value={row.label}
                    onChange={(event) => update({ label: event.target.value })}
                  />
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    onClick={() =>
                      set(
                        'blackouts',
                        form.blackouts.filter((_, at) => at !== index),
                      )
                    }
                  >
                    {t('create.removeBlackout', { number })}
                  </Button>
                </div>
              );
            })}
            <div>
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                onClick={() => set('blackouts', [...form.blackouts, { from: '', to: '', label: '' }])}
              >
                {t('create.addBlackout')}
              </Button>
            </div>
          </Fieldset>
          <Checkbox
            label={t('create.background')}
            description={t('create.backgroundHint')}
            checked={form.background}
            onChange={(event) => set('background', event.target.checked)}
          />
        </Fieldset>

        <div className="dialog-buttons">
          <Button type="submit" loading={create.isPending}>
            {t('create.submit')}
          </Button>
          <Button asChild variant="secondary">
            <RouterLink to="/rounds">{t('create.cancel')}</RouterLink>
          </Button>
        </div>
      </form>
    </>
  );
}
