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
        secrecyGround: '31 kap. 16 § OSL',
      }),
    ).toEqual({
      title: 'Nytt läge',
      durationMinutes: 25,
      presenterPersonId: 'p1',
      presenterParty: null,
      visibility: 'restricted',
      secrecyGround: '31 kap. 16 § OSL',
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

  it("carries a restricted item's secrecy ground and note, and none on a public one", () => {
    const draft = { ...emptyDraft(), title: 'Ärende', visibility: 'restricted' as const };
    expect(draftProblems(draft)).toEqual({ secrecyGround: 'secrecyGroundMissing' });
    const marked = { ...draft, secrecyGround: '31 kap. 16 § OSL', secrecyNote: ' Enskilds förhållanden ' };
    expect(draftProblems(marked)).toEqual({});
    expect(createBody(marked)).toMatchObject({
      visibility: 'restricted',
      secrecyGround: '31 kap. 16 § OSL',
      secrecyNote: 'Enskilds förhållanden',
    });
    expect(createBody({ ...marked, secrecyNote: ' ' })).not.toHaveProperty('secrecyNote');
    expect(createBody({ ...marked, visibility: 'public' })).not.toHaveProperty('secrecyGround');

    const restricted = {
      ...item,
      visibility: 'restricted',
      secrecyGround: '31 kap. 16 § OSL',
      secrecyNote: 'Not',
    } as AgendaItem;
    expect(draftOf(restricted)).toMatchObject({ secrecyGround: '31 kap. 16 § OSL', secrecyNote: 'Not' });
    expect(changeBody(restricted, draftOf(restricted))).toBeNull();
    expect(
      changeBody(restricted, { ...draftOf(restricted), secrecyGround: '21 kap. 1 § OSL', secrecyNote: '' }),
    ).toEqual({
      secrecyGround: '21 kap. 1 § OSL',
      secrecyNote: null,
      version: 3,
    });
    expect(
      changeBody(restricted, {
        ...draftOf(restricted),
        visibility: 'public',
        secrecyGround: '',
        secrecyNote: '',
      }),
    ).toEqual({ visibility: 'public', version: 3 });
  });
});
