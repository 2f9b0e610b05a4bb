import { describe, expect, it } from 'vitest';
import { actionQueryFrom } from './action-filters';

const ORG = '0b8f5c1e-1d2a-4c3b-9e4f-5a6b7c8d9e0f';

describe('actionQueryFrom', () => {
  it('reads the links of the overview and the emails with the API names', () => {
    expect(actionQueryFrom(new URLSearchParams(`organizationId=${ORG}&status=open,in_progress`))).toEqual({
      organizationId: ORG,
      status: ['open', 'in_progress'],
    });
    expect(actionQueryFrom(new URLSearchParams(`ownerPersonId=${ORG}&overdue=true`))).toEqual({
      ownerPersonId: ORG,
      overdue: 'true',
    });
  });

  it('drops values the API would refuse instead of sending them', () => {
    expect(
      actionQueryFrom(new URLSearchParams('organizationId=x&status=late,open,open&overdue=yes')),
    ).toEqual({
      status: ['open'],
    });
  });
});
