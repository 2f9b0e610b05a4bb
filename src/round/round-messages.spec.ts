import { planRound } from './scheduler/planner';
import * as reasons from './scheduler/placement-reasons';
import {
  digitalMunicipality,
  proposalOf,
  roundInput,
  vasterbottenMunicipality,
} from './scheduler/scheduler-test-fixtures';
import type { PlacementReason } from './scheduler/scheduler.types';
import { placementReasonText, unplacedText, violationText } from './round-messages';

/** One of every reason the scheduler gives, built by its own functions. */
function everyReason(): PlacementReason[] {
  const municipality = {
    preferredWeekdays: new Set([1, 3]),
    earliestDate: '2026-09-08',
    lastMeetingDate: '2026-06-01',
  } as unknown as Parameters<typeof reasons.preferredWeekday>[0];
  return [
    reasons.chainedWith([{ id: '2404', name: 'Vindeln' }], 95),
    reasons.roundTrip(40),
    reasons.digital(),
    reasons.hybridRemote('TRAVEL_EXCEEDS_DAY', 600),
    reasons.hybridRemote('NO_DAY_FOR_TRIP', 300),
    reasons.preferredWeekday(municipality, 1)!,
    reasons.preferredWeekday(municipality, 2)!,
    reasons.minGap(municipality, 60, true)!,
    reasons.minGap(municipality, 60, false)!,
    reasons.spread('2026-09-09', 0),
    reasons.spread('2026-09-09', 2),
    reasons.targetUnavailable('2026-09-09', 'HOLIDAY', 'holiday'),
    reasons.firstFit(),
    reasons.manualMove(),
  ];
}

describe('placement reasons in the caller’s language', () => {
  it('words every reason in Swedish from its code and params, and in English as the scheduler does', () => {
    for (const reason of everyReason()) {
      const swedish = placementReasonText(reason, 'sv');
      expect(swedish).not.toMatch(/\{\w+\}/);
      expect(swedish).not.toBe(reason.message);
      // The scheduler names the ruled-out day's cause in its own words; the API names the constraint.
      if (reason.code === 'TARGET_DAY_UNAVAILABLE')
        expect(placementReasonText(reason, 'en')).toBe(
          'A better day (2026-09-09) was ruled out: public holiday',
        );
      else expect(placementReasonText(reason, 'en')).toBe(reason.message);
    }
    expect(placementReasonText(reasons.digital(), 'sv')).toBe('Digitalt möte: ingen resa');
    expect(
      placementReasonText(reasons.preferredWeekday({ preferredWeekdays: new Set([1]) } as never, 1)!, 'sv'),
    ).toBe('På en önskad veckodag (måndag)');
  });

  it('words a real proposal’s reasons, unplaced municipalities and violations in Swedish', () => {
    const input = roundInput({
      municipalities: [digitalMunicipality('m1'), vasterbottenMunicipality('2422')],
      config: { travelHours: { start: '09:00', end: '16:00' } },
    });
    const proposal = proposalOf(planRound(input));
    for (const meeting of proposal.meetings)
      for (const reason of meeting.reasons)
        expect(placementReasonText(reason, 'sv')).not.toBe(reason.message);
    for (const unplaced of proposal.unplaced) {
      const swedish = unplacedText(unplaced.code, unplaced.details, unplaced.message, 'sv');
      expect(swedish).toMatch(/^Ingen möjlig dag: /);
      expect(unplacedText(unplaced.code, unplaced.details, unplaced.message, 'en')).toBe(unplaced.message);
    }
    expect(
      unplacedText(
        'TRAVEL_EXCEEDS_DAY',
        { workingDays: 19, daysRuledOutBy: { TRAVEL_EXCEEDS_DAY: 19 } },
        'x',
        'sv',
      ),
    ).toBe(
      'Ingen möjlig dag: 19 av periodens 19 arbetsdagar stängs av villkoret ”resan ryms inte inom en dag”',
    );
    expect(
      unplacedText(
        'PERSON_BUSY',
        { workingDays: 10, daysRuledOutBy: { PERSON_BUSY: 4 }, busyPersons: ['Anna Berg'] },
        'x',
        'sv',
      ),
    ).toBe(
      'Ingen möjlig dag: 4 av periodens 10 arbetsdagar stängs av villkoret ”en deltagare är upptagen” (Anna Berg)',
    );
    expect(
      violationText(
        { code: 'HOLIDAY', params: { date: '2027-03-26', label: 'Långfredagen' }, message: 'x' },
        'sv',
      ),
    ).toBe('Helgdag: Långfredagen (2027-03-26)');
    expect(violationText({ code: 'WEEKEND', params: { date: '2027-02-06' }, message: 'x' }, 'sv')).toBe(
      'Helg (2027-02-06)',
    );
  });
});
