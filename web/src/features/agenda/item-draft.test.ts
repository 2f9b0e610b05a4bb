import { describe, expect, it } from 'vitest';
import type { AgendaItem } from './hooks/useAgenda';
import { changeBody, createBody, draftOf, draftProblems, emptyDraft } from './item-draft';

const item = {
  id: 'a',
  title: 'Läget',
  description: null,
  type: 'discussion',
  durationMinutes: 10,
  presenter: { personId: null, name: null, party: 'municipality' },
  strategyAreaIds: ['s1', 's2'],
  visibility: 'public',
  version: 3,
} as unknown as AgendaItem;

describe('an agenda item in its form', () => {
  it('sends only what changed, with the version it was read at', () => {
    expect(changeBody(item, draftOf(item))).toBeNull();
    expect(changeBody(item, { ...draftOf(item), strategyAreaIds: ['s2', 's1'] })).toBeNull();
    expect(
      changeBody(item, {
        ...draftOf(item),
        title: ' Nytt läge ',
        duration: '25',
        presenter: 'person:p1',
        visibility: 'restricted',
      }),
    ).toEqual({
      title: 'Nytt läge',
      durationMinutes: 25,
      presenterPersonId: 'p1',
      presenterParty: null,
      visibility: 'restricted',
      version: 3,
    });
    expect(changeBody(item, { ...draftOf(item), presenter: '' })).toEqual({
      presenterPersonId: null,
      presenterParty: null,
      version: 3,
    });
    expect(changeBody({ ...item, description: 'Text' }, { ...draftOf(item), description: ' ' })).toEqual({
      description: null,
      version: 3,
    });
  });

  it('creates with the presenter as a person or a party, and checks title and minutes', () => {
    const draft = { ...emptyDraft(), title: 'Ny punkt', presenter: 'party:region', duration: '15' };
    expect(createBody(draft)).toEqual({
      title: 'Ny punkt',
      type: 'discussion',
      presenterParty: 'region',
      durationMinutes: 15,
      strategyAreaIds: [],
      links: [],
      visibility: 'public',
    });
    expect(draftProblems(draft)).toEqual({});
    expect(draftProblems({ ...draft, title: ' ', duration: '2.5' })).toEqual({
      title: 'titleMissing',
      duration: 'durationInvalid',
    });
    expect(draftProblems({ ...draft, duration: '' })).toEqual({ duration: 'durationInvalid' });
  });
});
