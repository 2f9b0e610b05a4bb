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
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import {
  type AgreementForm,
  type AgreementVersion,
  CADENCE_PRESETS,
  CUSTOM_CADENCE,
  EXPECTATION_METRICS,
  type ExpectationMetric,
  MEETING_MODES,
  type MeetingMode,
  PARTIES,
  type Party,
  WEEKDAYS,
  bodyFromForm,
  formFromAgreement,
} from '../agreement-form';
import { stockholmDate } from '../../meetings/meeting-time';
import { usePeopleOf, useSaveAgreement } from '../hooks/useAgreement';

/**
 * Writes the next version of the agreement (admins and the region's coordinators). It starts from the
 * current version and sends the version it was based on, so an edit made meanwhile answers 409.
 */
export function AgreementEditor({
  organizationId,
  regionId,
  current,
  onDone,
}: {
  organizationId: string;
  regionId: string;
  current: AgreementVersion | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation(['municipality', 'meetings']);
  const toast = useToast();
  const save = useSaveAgreement(organizationId);
  const regionPeople = usePeopleOf(regionId, true);
  const municipalityPeople = usePeopleOf(organizationId, true);
  const [form, setForm] = useState<AgreementForm>(() =>
    formFromAgreement(current, stockholmDate(Date.now())),
  );
  const [customCadence, setCustomCadence] = useState(!CADENCE_PRESETS.includes(form.cadence));
  const set = (changes: Partial<AgreementForm>) => setForm((before) => ({ ...before, ...changes }));
  const regionList = regionPeople.data?.items ?? [];
  const municipalityList = municipalityPeople.data?.items ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(bodyFromForm(form, current?.version ?? 0), {
      onSuccess: (saved) => {
        toast.show(t('saved', { version: saved.version }));
        onDone();
      },
    });
  }

  return (
    <form onSubmit={submit} className="form agreement-form" aria-labelledby="editor-heading">
      <Heading level={3} data-size="xs" id="editor-heading">
        {current ? t('editor.headingNext', { version: current.version + 1 }) : t('editor.headingFirst')}
      </Heading>
      <Paragraph data-size="sm">{t('editor.intro')}</Paragraph>

      <Fieldset>
        <Fieldset.Legend>{t('editor.meetingsLegend')}</Fieldset.Legend>
        <div className="filters__row">
          <Field>
            <Label>{t('agreement.cadence')}</Label>
            <Select
              value={customCadence ? CUSTOM_CADENCE : form.cadence}
              onChange={(e) => {
                if (e.target.value === CUSTOM_CADENCE) setCustomCadence(true);
                else {
                  setCustomCadence(false);
                  set({ cadence: e.target.value });
                }
              }}
            >
              {CADENCE_PRESETS.map((preset) => (
                <Select.Option key={preset} value={preset}>
                  {t(`cadencePreset.${preset}`)}
                </Select.Option>
              ))}
              <Select.Option value={CUSTOM_CADENCE}>{t('editor.customCadence')}</Select.Option>
            </Select>
          </Field>
          {customCadence && (
            <Textfield
              label={t('editor.cadenceRule')}
              description={t('editor.cadenceRuleHelp')}
              value={form.cadence}
              onChange={(e) => set({ cadence: e.target.value })}
              required
            />
          )}
          <Field>
            <Label>{t('agreement.mode')}</Label>
            <Select
              value={form.preferredMode}
              onChange={(e) => set({ preferredMode: e.target.value as MeetingMode })}
            >
              {MEETING_MODES.map((mode) => (
                <Select.Option key={mode} value={mode}>
                  {t(`meetings:modes.${mode}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            label={t('agreement.validFrom')}
            type="date"
            value={form.validFrom}
            onChange={(e) => set({ validFrom: e.target.value })}
            required
          />
        </div>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('agreement.weekdays')}</Fieldset.Legend>
        <Fieldset.Description>{t('editor.weekdaysHelp')}</Fieldset.Description>
        <div className="checkbox-row">
          {WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              label={t(`weekday.${day}`)}
              checked={form.preferredWeekdays.includes(day)}
              onChange={() => set({ preferredWeekdays: toggled(form.preferredWeekdays, day) })}
            />
          ))}
        </div>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('agreement.blockedDates')}</Fieldset.Legend>
        <Fieldset.Description>{t('editor.blockedHelp')}</Fieldset.Description>
        {form.blockedDates.map((range, index) => {
          const update = (changes: Partial<typeof range>) =>
            set({ blockedDates: replaced(form.blockedDates, index, changes) });
          return (
            <div key={index} className="filters__row editor-row">
              <Textfield
                label={t('editor.blockedFrom', { number: index + 1 })}
                type="date"
                value={range.from}
                onChange={(e) => update({ from: e.target.value })}
                required
              />
              <Textfield
                label={t('editor.blockedTo', { number: index + 1 })}
                type="date"
                value={range.to}
                onChange={(e) => update({ to: e.target.value })}
              />
              <Textfield
                label={t('editor.blockedNote', { number: index + 1 })}
                value={range.note}
                onChange={(e) => update({ note: e.target.value })}
              />
              <RowButton onClick={() => set({ blockedDates: without(form.blockedDates, index) })}>
                {t('editor.removeBlocked', { number: index + 1 })}
              </RowButton>
            </div>
          );
        })}
        <RowButton
          add
          onClick={() => set({ blockedDates: [...form.blockedDates, { from: '', to: '', note: '' }] })}
        >
          {t('editor.addBlocked')}
        </RowButton>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('agreement.defaultParticipants')}</Fieldset.Legend>
        <Fieldset.Description>{t('editor.participantsHelp')}</Fieldset.Description>
        {regionPeople.isError || municipalityPeople.isError ? (
          <Alert data-color="danger">
            <Paragraph>{errorText(regionPeople.error ?? municipalityPeople.error, t)}</Paragraph>
          </Alert>
        ) : (
          <div className="people-columns">
            {[
              { party: 'region' as Party, people: regionList },
              { party: 'municipality' as Party, people: municipalityList },
            ].map(({ party, people }) => (
              <div key={party}>
                <Paragraph data-size="sm" className="people-columns__title">
                  {t(`partyName.${party}`)}
                </Paragraph>
                {people.length === 0 ? (
                  <Paragraph data-size="sm">{t('editor.noPeople')}</Paragraph>
                ) : (
                  people.map((person) => (
                    <Checkbox
                      key={person.id}
                      label={person.name}
                      description={person.title ?? undefined}
                      checked={form.defaultParticipantIds.includes(person.id)}
                      onChange={() =>
                        set({ defaultParticipantIds: toggled(form.defaultParticipantIds, person.id) })
                      }
                    />
                  ))
                )}
              </div>
            ))}
          </div>
        )}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('agreement.substitutes')}</Fieldset.Legend>
        <Fieldset.Description>{t('editor.substitutesHelp')}</Fieldset.Description>
        {form.substitutes.map((row, index) => {
          const update = (changes: Partial<typeof row>) =>
            set({ substitutes: replaced(form.substitutes, index, changes) });
          const person = [...regionList, ...municipalityList].find((entry) => entry.id === row.personId);
          // A substitute stands in for a default participant of their own organization, or for anyone of it.
          const forChoices = [...regionList, ...municipalityList].filter(
            (entry) =>
              form.defaultParticipantIds.includes(entry.id) &&
              entry.id !== row.personId &&
              (!person || entry.organizationId === person.organizationId),
          );
          return (
            <div key={index} className="filters__row">
              <Field>
                <Label>{t('editor.substitutePerson', { number: index + 1 })}</Label>
                <Select value={row.personId} onChange={(e) => update({ personId: e.target.value })} required>
                  <Select.Option value="">{t('nobody')}</Select.Option>
                  {[...regionList, ...municipalityList].map((entry) => (
                    <Select.Option key={entry.id} value={entry.id}>
                      {entry.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Field>
                <Label>{t('editor.substituteFor', { number: index + 1 })}</Label>
                <Select value={row.forPersonId} onChange={(e) => update({ forPersonId: e.target.value })}>
                  <Select.Option value="">{t('editor.substituteForAnyone')}</Select.Option>
                  {forChoices.map((entry) => (
                    <Select.Option key={entry.id} value={entry.id}>
                      {entry.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <RowButton onClick={() => set({ substitutes: without(form.substitutes, index) })}>
                {t('editor.removeSubstitute', { number: index + 1 })}
              </RowButton>
            </div>
          );
        })}
        <RowButton
          add
          onClick={() => set({ substitutes: [...form.substitutes, { personId: '', forPersonId: '' }] })}
        >
          {t('editor.addSubstitute')}
        </RowButton>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('editor.adjustersLegend')}</Fieldset.Legend>
        <div className="filters__row">
          <Field>
            <Label>{t('agreement.regionAdjuster')}</Label>
            <Select value={form.regionAdjuster} onChange={(e) => set({ regionAdjuster: e.target.value })}>
              <Select.Option value="">{t('nobody')}</Select.Option>
              {regionList.map((person) => (
                <Select.Option key={person.id} value={person.id}>
                  {person.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('agreement.municipalityAdjuster')}</Label>
            <Select
              value={form.municipalityAdjuster}
              onChange={(e) => set({ municipalityAdjuster: e.target.value })}
            >
              <Select.Option value="">{t('nobody')}</Select.Option>
              {municipalityList.map((person) => (
                <Select.Option key={person.id} value={person.id}>
                  {person.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('expectations')}</Fieldset.Legend>
        <Fieldset.Description>{t('editor.expectationsHelp')}</Fieldset.Description>
        {form.expectations.map((expectation, index) => {
          const update = (changes: Partial<typeof expectation>) =>
            set({ expectations: replaced(form.expectations, index, changes) });
          return (
            <div key={index} className="editor-expectation">
              <div className="filters__row">
                <Field>
                  <Label>{t('editor.expectationParty', { number: index + 1 })}</Label>
                  <Select
                    value={expectation.party}
                    onChange={(e) => update({ party: e.target.value as Party })}
                  >
                    {PARTIES.map((party) => (
                      <Select.Option key={party} value={party}>
                        {t(`expectationsOf.${party}`)}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
                <Field>
                  <Label>{t('editor.expectationMetric', { number: index + 1 })}</Label>
                  <Select
                    value={expectation.metric}
                    onChange={(e) => update({ metric: e.target.value as ExpectationMetric })}
                  >
                    {EXPECTATION_METRICS.map((metric) => (
                      <Select.Option key={metric} value={metric}>
                        {t(`metric.${metric}`)}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
              </div>
              <Textfield
                label={t('editor.expectationText', { number: index + 1 })}
                multiline
                rows={2}
                value={expectation.text}
                onChange={(e) => update({ text: e.target.value })}
                required
              />
              <RowButton onClick={() => set({ expectations: without(form.expectations, index) })}>
                {t('editor.removeExpectation', { number: index + 1 })}
              </RowButton>
            </div>
          );
        })}
        <RowButton
          add
          onClick={() =>
            set({
              expectations: [
                ...form.expectations,
                { party: 'municipality', text: '', metric: 'not_measured' },
              ],
            })
          }
        >
          {t('editor.addExpectation')}
        </RowButton>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('editor.locationLegend')}</Fieldset.Legend>
        <Textfield
          label={t('agreement.address')}
          value={form.address}
          onChange={(e) => set({ address: e.target.value })}
        />
        <Textfield
          label={t('agreement.videoUrl')}
          type="url"
          value={form.videoUrl}
          onChange={(e) => set({ videoUrl: e.target.value })}
        />
      </Fieldset>

      {save.isError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorText(save.error, t)}</Paragraph>
        </Alert>
      )}
      <div className="button-row">
        <Button type="submit" loading={save.isPending}>
          {t('editor.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t('editor.cancel')}
        </Button>
      </div>
    </form>
  );
}

function toggled<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

function without<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

function replaced<T>(list: T[], index: number, changes: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...changes } : item));
}

/** A small button that adds a row (secondary, on a line of its own) or removes one (tertiary). */
function RowButton({
  add = false,
  onClick,
  children,
}: {
  add?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  const button = (
    <Button type="button" variant={add ? 'secondary' : 'tertiary'} data-size="sm" onClick={onClick}>
      {children}
    </Button>
  );
  return add ? <div>{button}</div> : button;
}
