import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** A detail page's h1 with its status (a tag in colour and words) below it. */
export function DetailTitle({ title, status }: { title: string; status: ReactNode }) {
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{status}</Paragraph>
    </>
  );
}

/** A term and its description in a `.facts` list; nothing when there is no value (null, undefined, false, ''). */
export function Fact({ label, children }: { label: string; children?: ReactNode }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
