import type { MeetingView } from '../meeting/meeting.dto.js';
import type { StrategyAreaService } from '../strategy-area/strategy-area.service.js';

/**
 * The strategy areas an agenda item names, resolved through the meeting's region (issue 12, point 2): a new
 * link must be an active area of that region, and another region's area is refused exactly as an unknown
 * id (STRATEGY_AREA_UNKNOWN). Areas already on the item stay, a deactivated one too (old links keep their
 * meaning).
 */
export async function assertItemStrategyAreas(
  strategyAreas: StrategyAreaService,
  meeting: Pick<MeetingView, 'regionId'>,
  ids: readonly string[],
  current: readonly string[] = [],
): Promise<void> {
  const kept = new Set(current);
  await strategyAreas.assertUsable(
    meeting.regionId,
    ids.filter((id) => !kept.has(id)),
  );
}
