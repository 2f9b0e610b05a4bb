import { Injectable } from '@nestjs/common';

/**
 * The time actions are judged by (overdue, reminder days, digest weeks). One injectable seam, so tests can
 * move "now" (`app.get(ActionClock).now = () => …`) instead of waiting for it.
 */
@Injectable()
export class ActionClock {
  now(): Date {
    return new Date();
  }
}
