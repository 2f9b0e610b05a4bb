import type { AgendaItemStatus } from './agenda.entity';
import { insertionPosition, moveTo } from './agenda-items';

const item = (id: string, status: AgendaItemStatus = 'scheduled', closing = false) => ({
  id,
  status,
  closing,
});

describe('insertionPosition', () => {
  it('puts a new item after the last item on the agenda that does not close it', () => {
    const items = [item('a'), item('b'), item('p', 'proposed'), item('other', 'scheduled', true)];
    const placed = moveTo([...items, item('new')], 'new', insertionPosition(items));
    expect(placed.map((entry) => entry.id)).toEqual(['a', 'b', 'new', 'p', 'other']);
  });

  it('goes last without closing items, and first when only closing items are on the agenda', () => {
    expect(insertionPosition([item('a'), item('b')])).toBe(3);
    expect(insertionPosition([item('d', 'declined'), item('c', 'scheduled', true)])).toBe(1);
    expect(insertionPosition([])).toBe(1);
  });

  it('counts a closing item moved up by hand as placed there', () => {
    const items = [item('a'), item('c', 'scheduled', true), item('b')];
    expect(insertionPosition(items)).toBe(4);
  });
});
