import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors';
import { errorText } from '../../../shared/errors';
import { ErrorMessage } from '../../../shared/components/ErrorMessage';
import { PageSkeleton } from '../../../shared/components/PageSkeleton';
import { useToast } from '../../../shared/toast/ToastProvider';
import type { Meeting } from '../../meetings/hooks/useMeetings';
import { type AdjusterOptions, useAdjusterOptions, useSubmitMinutes } from '../hooks/useJustering';
import type { Minutes } from '../hooks/useMinutes';
import { initialAdjusters, stockholmToday, submitErrorField } from '../justering';

const MAX_ADJUSTERS = 6;

/**
 * The keeper's form to send the minutes to the adjusters: one adjuster per party from the agreement to start
 * with, each changeable among the parties' people (more may be added), and the last day to approve (empty:
 * the service's default). Held back while edits are still only in this browser; minutes with nothing written
 * are the API's to refuse (MINUTES_EMPTY, shown in words).
 */
export function SubmitForJustering({
  meeting,
  minutes,
  unsaved,
}: {
  meeting: Meeting;
  minutes: Minutes;
  unsaved: number;
}) {
  const { t } = useTranslation('minutes');
  const options = useAdjusterOptions(meeting.id, true);
  const again = minutes.status === 'returned';
  return (
    <section aria-labelledby="submit-heading" className="section justering-submit">
      <Heading level={2} data-size="sm" id="submit-heading">
        {t(again ? 'justering.submitAgainHeading' : 'justering.submitHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('justering.submitIntro')}</Paragraph>
      {options.isPending ? (
        <PageSkeleton rows={2} />
      ) : options.isError ? (
        <ErrorMessage error={options.error} onRetry={() => void options.refetch()} />
      ) : (
        <SubmitForm meeting={meeting} options={options.data} again={again} unsaved={unsaved} />
      )}
    </section>
  );
}

function SubmitForm({
  meeting,
  options,
  again,
  unsaved,
}: {
  meeting: Meeting;
  options: AdjusterOptions;
  again: boolean;
  unsaved: number;
}) {
  const { t } = useTranslation('minutes');
  const toast = useToast();
  const submit = useSubmitMinutes(meeting.id);
  const [adjusters, setAdjusters] = useState<string[]>(() => initialAdjusters(options));
  const [deadline, setDeadline] = useState('');
  const [missing, setMissing] = useState<'none' | 'twice' | null>(null);
  const hintId = useId();
  const region = options.people.filter((person) => person.party === 'region');
  const municipality = options.people.filter((person) => person.party === 'municipality');
  const name = new Map(options.people.map((person) => [person.id, person.name]));
  const error = submit.error;
  const field = error instanceof ApiError ? submitErrorField(error.code) : null;
  const adjusterError =
    missing === 'none'
      ? t('justering.adjusterRequired')
      : missing === 'twice'
        ? t('justering.adjusterTwice')
        : field === 'adjusters'
          ? errorText(error, t)
          : undefined;

  function change(index: number, personId: string) {
    setAdjusters((current) => current.map((id, at) => (at === index ? personId : id)));
    setMissing(null);
    submit.reset();
  }

  function send(event: FormEvent) {
    event.preventDefault();
    const chosen = adjusters.filter((id) => id !== '');
    if (chosen.length === 0) return setMissing('none');
    if (new Set(chosen).size !== chosen.length) return setMissing('twice');
    // The form goes once the minutes are with the adjusters: a promise, not mutate's callbacks, says so.
    submit
      .mutateAsync({ adjusters: chosen.map((personId) => ({ personId })), ...(deadline ? { deadline } : {}) })
      .then(
        () =>
          toast.show(t('justering.submitted', { names: chosen.map((id) => name.get(id) ?? '–').join(', ') })),
        () => undefined, // shown from submit.error
      );
  }

  return (
    <form onSubmit={send} className="form" noValidate>
      <Fieldset>
        <Fieldset.Legend>{t('justering.adjusters')}</Fieldset.Legend>
        <Fieldset.Description>{t('justering.adjustersHint')}</Fieldset.Description>
        {adjusters.map((personId, index) => (
          <div key={index} className="justering-adjuster">
            <Field>
              <Label>{t('justering.adjusterNumber', { number: index + 1 })}</Label>
              <Select
                value={personId}
                onChange={(event) => change(index, event.target.value)}
                aria-invalid={adjusterError ? true : undefined}
              >
                <Select.Option value="">{t('justering.choosePerson')}</Select.Option>
                <optgroup label={t('region')}>
                  {region.map((person) => (
                    <Select.Option key={person.id} value={person.id}>
                      {person.name}
                    </Select.Option>
                  ))}
                </optgroup>
                <optgroup
                  label={meeting.organizations.map((org) => org.name).join(', ') || t('parties.municipality')}
                >
                  {municipality.map((person) => (
                    <Select.Option key={person.id} value={person.id}>
                      {person.name}
                    </Select.Option>
                  ))}
                </optgroup>
              </Select>
            </Field>
            {adjusters.length > 1 && (
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  setAdjusters((current) => current.filter((_, at) => at !== index));
                  submit.reset();
                }}
              >
                {t('justering.removeAdjuster', { number: index + 1 })}
              </Button>
            )}
          </div>
        ))}
        {adjusterError && <ValidationMessage>{adjusterError}</ValidationMessage>}
        {adjusters.length < MAX_ADJUSTERS && (
          <div>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => setAdjusters((current) => [...current, ''])}
            >
              {t('justering.addAdjuster')}
            </Button>
          </div>
        )}
      </Fieldset>
      <Textfield
        label={t('justering.deadline')}
        description={t('justering.deadlineHint')}
        type="date"
        min={stockholmToday()}
        value={deadline}
        onChange={(event) => {
          setDeadline(event.target.value);
          submit.reset();
        }}
        error={field === 'deadline' ? errorText(error, t) : undefined}
      />
      {error && field === null && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorText(error, t)}</Paragraph>
        </Alert>
      )}
      {unsaved > 0 && (
        <Paragraph id={hintId} data-size="sm">
          {t('justering.waitForSave')}
        </Paragraph>
      )}
      <div className="button-row">
        <Button
          type="submit"
          loading={submit.isPending}
          aria-disabled={unsaved > 0 ? true : undefined}
          aria-describedby={unsaved > 0 ? hintId : undefined}
          onClick={(event) => {
            if (unsaved > 0) event.preventDefault();
          }}
        >
          {t(again ? 'justering.submitAgain' : 'justering.submit')}
        </Button>
      </div>
    </form>
  );
}
