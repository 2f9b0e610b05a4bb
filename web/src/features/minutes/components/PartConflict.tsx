import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice } from '../drafts/minutes-sync';

/**
 * A part a colleague saved while this secretary's change was on the way: both versions side by side (not
 * one word of either is lost), to keep mine or take theirs; an item's texts may also be merged (`onMerge`
 * offers it, `merging` is the merge form, shown instead of the choices).
 */
export function PartConflict({
  who,
  when,
  mine,
  theirs,
  onChoose,
  onMerge,
  merging,
}: {
  who: string;
  /** When they saved it, already formatted. */
  when?: string | null;
  mine: ReactNode;
  theirs: ReactNode;
  onChoose: (choice: ConflictChoice) => void;
  onMerge?: () => void;
  merging?: ReactNode;
}) {
  const { t } = useTranslation('minutes');
  return (
    <Alert data-color="warning" className="minutes-conflict">
      <Heading level={4} data-size="xs">
        {t('conflict.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {when ? t('conflict.textAt', { who, when }) : t('conflict.text', { who })}
      </Paragraph>
      <div className="minutes-conflict__columns">
        <Version heading={t('conflict.mine')}>{mine}</Version>
        <Version heading={t('conflict.theirs', { who })}>{theirs}</Version>
      </div>
      {merging ?? (
        <div className="button-row">
          <Button variant="secondary" onClick={() => onChoose({ kind: 'mine' })}>
            {t('conflict.keepMine')}
          </Button>
          <Button variant="secondary" onClick={() => onChoose({ kind: 'theirs' })}>
            {t('conflict.takeTheirs')}
          </Button>
          {onMerge && (
            <Button variant="secondary" onClick={onMerge}>
              {t('conflict.merge')}
            </Button>
          )}
        </div>
      )}
    </Alert>
  );
}

function Version({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="minutes-conflict__version" aria-label={heading}>
      <Heading level={5} data-size="2xs">
        {heading}
      </Heading>
      {children}
    </section>
  );
}
