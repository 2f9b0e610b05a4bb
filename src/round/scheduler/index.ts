/**
 * The round scheduler: pure, framework-free planning of one meeting per municipality in a date window.
 * See README.md beside this file for the contract, the constraints and the algorithm.
 */
export { checkSlot, moveMeeting } from './check-slot.js';
export { planRoundFirstFit } from './first-fit.baseline.js';
export { MAX_WINDOW_DAYS, validateSchedulerInput } from './input-validation.js';
export { planRound } from './planner.js';
export { DEFAULT_SCHEDULER_CONFIG, resolveSchedulerConfig } from './scheduler-config.js';
export type * from './scheduler.types.js';
export { haversineKm, legMinutes } from './travel.js';
export { validateProposal } from './validate-proposal.js';
export { calendarOfWindow, type CalendarDay, type DayExclusion } from './working-calendar.js';
