/**
 * What is already taken on each planning day, in wall-clock minutes after local midnight. Planning works in
 * (day, minute) integers; instants are only made at the edges with Luxon, so DST never enters the arithmetic.
 */
export interface Block {
  start: number;
  end: number;
  /** The person whose calendar holds it, or TEAM_OWNER for the team's own proposed meetings and trips. */
  owner: string;
  label: string;
  /** Municipalities of the proposal this block belongs to (empty for existing busy time). */
  municipalityIds: readonly string[];
}

/** The regional team as a whole: it is never in two places, even when no team member is named. */
export const TEAM_OWNER = '@regional-team';

function findConflict(blocks: readonly Block[] | undefined, start: number, end: number): Block | undefined {
  if (!blocks) return undefined;
  for (const block of blocks) if (block.start < end && start < block.end) return block;
  return undefined;
}

export class DayBook {
  private readonly team: Block[][];
  private readonly persons = new Map<string, Map<number, Block[]>>();
  private readonly meetings: Int32Array;

  constructor(dayCount: number) {
    this.team = Array.from({ length: dayCount }, () => []);
    this.meetings = new Int32Array(dayCount);
  }

  teamConflict(day: number, start: number, end: number): Block | undefined {
    return findConflict(this.team[day], start, end);
  }

  personConflict(person: string, day: number, start: number, end: number): Block | undefined {
    return findConflict(this.persons.get(person)?.get(day), start, end);
  }

  reserveTeam(day: number, block: Block): void {
    this.team[day].push(block);
  }

  reservePerson(person: string, day: number, block: Block): void {
    let byDay = this.persons.get(person);
    if (!byDay) {
      byDay = new Map();
      this.persons.set(person, byDay);
    }
    const blocks = byDay.get(day);
    if (blocks) blocks.push(block);
    else byDay.set(day, [block]);
  }

  /** Meetings of the regional team that count toward the daily limit. */
  meetingsOn(day: number): number {
    return this.meetings[day];
  }

  addMeetings(day: number, count: number): void {
    this.meetings[day] += count;
  }
}
