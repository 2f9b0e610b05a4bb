import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useToast } from '../../../shared/toast/ToastProvider';
import { useProposeItem } from '../hooks/useAgenda';
import { type ItemDraft, createBody, draftProblems, emptyDraft, isSecrecyRefusal } from '../item-draft';
import { ItemFields } from './ItemFields';

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
  const [draft, setDraft] = useState<ItemDraft>(emptyDraft);
  const [submitted, setSubmitted] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(draftProblems(draft)).length > 0) return;
    propose.mutate(createBody(draft), {
      onSuccess: (item) => {
        toast.show(t('proposedToast', { title: item.title }));
        setDraft(emptyDraft());
        setSubmitted(false);
      },
    });
  }

  return (
    <section aria-labelledby="propose-heading" className="section">
      <Heading level={2} data-size="sm" id="propose-heading">
        {t('propose')}
      </Heading>
      <Paragraph>{t('proposeIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="form narrow">
        <ItemFields
          draft={draft}
          onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
          strategyAreas={strategyAreas}
          showProblems={submitted}
          refusal={propose.error}
        />
        {propose.isError && !isSecrecyRefusal(propose.error) && (
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
