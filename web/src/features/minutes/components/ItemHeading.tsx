import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../hooks/useMinutes';

/** An item's number and title, and whether it is restricted: the same when the minutes are read or written. */
export function ItemHeading({ item, id }: { item: Minutes['items'][number]; id?: string }) {
  const { t } = useTranslation('minutes');
  return (
    <>
      <Heading level={3} data-size="xs" id={id}>
        {t('itemHeading', { number: item.number, title: item.title })}
      </Heading>
      {item.visibility === 'restricted' && (
        <div className="tag-row">
          <Tag data-color="warning" data-size="sm" className="status-tag">
            {t('restricted')}
          </Tag>
          <Paragraph data-size="sm" className="secrecy-marking">
            <strong>
              {item.secrecyGround
                ? t('secrecy.marking', { ground: item.secrecyGround })
                : t('secrecy.markingWithoutGround')}
            </strong>
            {item.secrecyNote ? ` – ${item.secrecyNote}` : ''}
            {item.secrecySource === 'minutes' ? ` (${t('secrecy.markedInMinutes')})` : ''}
          </Paragraph>
        </div>
      )}
    </>
  );
}
